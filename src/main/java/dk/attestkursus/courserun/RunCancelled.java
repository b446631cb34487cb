package dk.attestkursus.courserun;

import dk.attestkursus.kernel.MunicipalityId;

/**
 * Published inside the transaction that cancels a run, with the reason the instructors gave, so the
 * appointments in people's calendars are cancelled and nothing more is sent for the run.
 */
public record RunCancelled(CourseRunId runId, MunicipalityId municipality, String reason) {}
