package dk.attestkursus.municipalities;

import java.time.Instant;

/** One saved text of the page, for its history: when, by whom, how long. */
public record LocalPageRevision(Instant savedAt, String savedBy, int characters) {}
