package dk.attestkursus.courserun;

import dk.attestkursus.kernel.MunicipalityId;

/**
 * Published inside the transaction that changes when or where a run's session is (its date, time,
 * length, place, meeting link or format), so the invitations already in people's calendars can follow.
 */
public record RunRescheduled(CourseRunId runId, MunicipalityId municipality) {}
