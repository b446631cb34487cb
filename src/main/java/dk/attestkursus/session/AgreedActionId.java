package dk.attestkursus.session;

import dk.attestkursus.kernel.TypedId;

/** Typed id of an action a run's session agreed on (in the session notes). */
public record AgreedActionId(long value) implements TypedId {}
