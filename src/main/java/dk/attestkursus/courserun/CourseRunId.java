package dk.attestkursus.courserun;

/** Typed id of a course run (hold). */
public record CourseRunId(long value) {}
