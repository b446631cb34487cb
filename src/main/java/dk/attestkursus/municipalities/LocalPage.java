package dk.attestkursus.municipalities;

import java.time.Instant;

/** A municipality's own page: its Markdown, the sanitised HTML, when it was saved and its version. */
public record LocalPage(String markdown, String html, Instant updatedAt, long version) {}
