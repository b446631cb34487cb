package dk.attestkursus.courserun;

import dk.attestkursus.kernel.TypedId;

/** Typed id of a course run (hold). */
public record CourseRunId(long value) implements TypedId {}
