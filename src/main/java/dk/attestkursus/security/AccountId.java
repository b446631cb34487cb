package dk.attestkursus.security;

import dk.attestkursus.kernel.TypedId;

/** Typed id of an account; other features refer to accounts by this, never by entity. */
public record AccountId(long value) implements TypedId {}
