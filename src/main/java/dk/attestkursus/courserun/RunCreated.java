package dk.attestkursus.courserun;

import dk.attestkursus.kernel.MunicipalityId;

/** Published inside the transaction that creates a run, so other features can prepare for it. */
public record RunCreated(CourseRunId runId, MunicipalityId municipality) {}
