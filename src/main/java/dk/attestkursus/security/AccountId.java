package dk.attestkursus.security;

/** Typed id of an account; other features refer to accounts by this, never by entity. */
public record AccountId(long value) {}
