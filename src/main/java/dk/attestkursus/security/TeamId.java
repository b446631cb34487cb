package dk.attestkursus.security;

import dk.attestkursus.kernel.TypedId;

/** Typed id of a team (a municipality's named team or department, issue 21). */
public record TeamId(long value) implements TypedId {}
