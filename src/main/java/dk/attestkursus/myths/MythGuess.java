package dk.attestkursus.myths;

/** A caseworker's guess on a myth before the session, and how sure they were (1-5). */
public record MythGuess(String mythId, MythAnswer answer, int confidence) {}
