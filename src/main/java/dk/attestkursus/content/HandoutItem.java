package dk.attestkursus.content;

/** One point of the handout's checklist, with the id of its source in {@code sources.yml}. */
public record HandoutItem(String text, String source) {}
