package dk.attestkursus.privacy;

/** What someone did with a person's data, for the access log (issue 25). Shown as {@code accessLog.kind.<NAME>}. */
public enum AccessKind {
    /** An instructor opened a caseworker's request to read or review it. */
    REQUEST_OPENED,
    /** A leader or administrator opened the team results (figures of at least five people). */
    RESULTS_OPENED,
    /** An administrator opened a person's account. */
    ACCOUNT_OPENED,
    /** The person's data was exported as a ZIP (by themselves or an administrator). */
    EXPORTED,
    /** The person's data was erased. */
    ERASED
}
