package dk.attestkursus.mail;

/** What a send wave did: sent, put back for a retry, failed for good; {@code stopped}: the server could not be reached. */
public record DispatchResult(int sent, int retried, int failed, boolean stopped) {}
