package dk.attestkursus.requests.domain;

/** A draft is edited (DRAFT), locked while its submitted version waits (SUBMITTED), or open again after feedback (RETURNED). */
public enum DraftStatus {
    DRAFT,
    SUBMITTED,
    RETURNED
}
