package dk.attestkursus.requests.domain;

/** A submitted version waits (SUBMITTED), is being reviewed (IN_REVIEW) or has its feedback (RETURNED). */
public enum VersionStatus {
    SUBMITTED,
    IN_REVIEW,
    RETURNED
}
