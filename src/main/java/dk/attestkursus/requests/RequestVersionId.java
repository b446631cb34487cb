package dk.attestkursus.requests;

import dk.attestkursus.kernel.TypedId;

/** Typed id of a submitted version of a caseworker's request (what instructors review). */
public record RequestVersionId(long value) implements TypedId {}
