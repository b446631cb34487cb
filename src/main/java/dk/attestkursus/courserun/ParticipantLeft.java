package dk.attestkursus.courserun;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.AccountId;

/**
 * Published inside the transaction that takes a caseworker out of a run (withdrawn or moved out), so
 * other features stop what they had planned for them (e.g. queued mails).
 */
public record ParticipantLeft(CourseRunId runId, AccountId accountId, MunicipalityId municipality) {}
