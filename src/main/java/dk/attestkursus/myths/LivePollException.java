package dk.attestkursus.myths;

import dk.attestkursus.kernel.RefusalException;

/** A poll action that cannot be done, with a reason the UI turns into a Danish message. */
public class LivePollException extends RefusalException {

    /** Why the action was refused. */
    public enum Reason {
        /** The poll is revealed or closed: no more votes. */
        CLOSED,
        /** The participant has already voted in this poll. */
        ALREADY_VOTED,
        /** The user is not (or no longer) in the poll's course run. */
        NOT_IN_RUN,
        /** No such poll or myth. */
        NOT_FOUND,
        /** The caseworker has already answered this myth. */
        ALREADY_ANSWERED,
        /** The other instructor opened a poll at the same moment. */
        ANOTHER_OPENED
    }

    private final Reason reason;

    public LivePollException(Reason reason, String detail) {
        super("poll.error.", reason, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
