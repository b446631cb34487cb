package dk.attestkursus.practice;

import dk.attestkursus.kernel.RefusalException;

/**
 * A practice answer the platform does not take; the message is {@code practice.refused.<reason>} and
 * nothing was stored.
 */
public class PracticeRefusedException extends RefusalException {

    public enum Reason {
        /** No such question of the caller's (another person's, or none). */
        NOT_FOUND,
        /** Answered already (by the mail's link or on the start page). */
        USED,
        /** The question's time to answer has passed. */
        EXPIRED,
        /** An answer the question does not have. */
        NO_SUCH_ANSWER
    }

    private final Reason reason;

    public PracticeRefusedException(Reason reason, String detail) {
        super("practice.refused.", reason, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
