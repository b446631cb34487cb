package dk.attestkursus.session;

import dk.attestkursus.kernel.TypedId;

/** Typed id of a block of a run's programme (the run's copy, shared or added locally). */
public record BlockId(long value) implements TypedId {}
