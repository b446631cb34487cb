package dk.attestkursus.transfer;

import dk.attestkursus.kernel.TypedId;

/** Typed id of one action (planned change) of a caseworker's action plan. */
public record ActionPlanItemId(long value) implements TypedId {}
