package dk.attestkursus.requests;

/** Where a caseworker's request for an exercise stands. */
public enum RequestStatus {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    RETURNED
}
