package dk.attestkursus.learning.domain;

/** How many (lessons read, questions answered right) an account has. */
public record AccountCount(long accountId, long count) {}
