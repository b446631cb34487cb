package dk.attestkursus.session;

import dk.attestkursus.kernel.RefusalException;

/** A session change the service refuses; the UI shows {@code messageKey()}. */
public class SessionException extends RefusalException {

    /** Why. Message keys are {@code session.refused.<reason>}. */
    public enum Reason {
        /** Not an instructor of the run (or not enrolled, for a participant). */
        NOT_YOURS,
        /** The block, poll or exercise is not part of this run's programme. */
        NOT_FOUND,
        /** The notes were saved by the co-instructor after this screen loaded them. */
        NOTES_CONFLICT,
        /** Text that looks like a CPR number. */
        CPR,
        /** A required text is empty or too long, or minutes out of range. */
        INVALID,
        /** The current block cannot be removed. */
        CURRENT_BLOCK,
        /** The programme cannot be reset once the session has started. */
        STARTED,
        /** The co-instructor changed what is open after this screen showed it. */
        CHANGED
    }

    private final Reason reason;

    public SessionException(Reason reason, String detail) {
        super("session.refused.", reason, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
