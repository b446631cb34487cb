package dk.attestkursus.courserun;

import java.time.Instant;

/** A run a caseworker has an active place in and attended, and when their attendance was recorded. */
public record AttendedRun(CourseRunSummary run, Instant attendedAt) {}
