package dk.attestkursus.myths.domain;

/** How many myths an account has guessed. */
public record GuessCount(long accountId, long count) {}
