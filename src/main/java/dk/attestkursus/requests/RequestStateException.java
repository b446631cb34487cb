package dk.attestkursus.requests;

import dk.attestkursus.kernel.RefusalException;

/** An action the request's state does not allow, with a reason the UI turns into a Danish message. */
public class RequestStateException extends RefusalException {

    public enum Reason {
        /** The submitted version waits for feedback: the request cannot be changed now. */
        LOCKED,
        /** Changed in another window (or by the co-instructor) since it was opened. */
        CONFLICT,
        /** Not in the course run (or no run at all). */
        NOT_IN_RUN,
        /** No such exercise, version or review. */
        NOT_FOUND,
        /** A review must score every criterion before it is returned. */
        INCOMPLETE,
        /** The feedback was returned already; it is not changed after the caseworker has it. */
        ALREADY_RETURNED
    }

    private final Reason reason;

    public RequestStateException(Reason reason, String detail) {
        super("requests.error.", reason, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
