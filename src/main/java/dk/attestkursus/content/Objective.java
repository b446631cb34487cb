package dk.attestkursus.content;

/** A learning objective of the course, quoted from the course guide. */
public record Objective(String key, String text) {
}
