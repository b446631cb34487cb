package dk.attestkursus.courserun;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.AccountId;

/**
 * Published inside the transaction that gives a caseworker a place in a run (enrolled, enrolled
 * again, imported or moved in), so other features can catch up with them (e.g. send the mails the
 * others already got).
 */
public record ParticipantJoined(CourseRunId runId, AccountId accountId, MunicipalityId municipality) {}
