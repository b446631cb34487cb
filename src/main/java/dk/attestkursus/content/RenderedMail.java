package dk.attestkursus.content;

/** A mail template filled in: the subject, a plain-text version and the HTML version. */
public record RenderedMail(String subject, String text, String html) {}
