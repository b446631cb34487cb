package dk.attestkursus.courserun;

import dk.attestkursus.kernel.RefusalException;

/** A change to a run or its enrolment that the service refuses; the UI shows {@code messageKey()}. */
public class RunRefusedException extends RefusalException {

    /** Why. The message keys are {@code run.refused.<reason>}. */
    public enum Reason {
        /** Someone else saved the run after this screen loaded it. */
        CONFLICT,
        /** The run is not one the caller teaches. */
        NOT_YOURS,
        /** The run has no free places. */
        FULL,
        /** The person already has an active place in another run of the course. */
        OTHER_RUN,
        /** The person is not (or no longer) enrolled in the run. */
        NOT_ENROLLED,
        /** The person is already enrolled in the run. */
        ALREADY_ENROLLED,
        /** The check-in code matches no run, or not a run the participant is in. */
        UNKNOWN_CODE,
        /** Check-in is open on the session day only. */
        CHECK_IN_CLOSED,
        /** Moving to the same run. */
        SAME_RUN,
        /** No active practice consultant of another municipality has that e-mail. */
        NO_SUCH_GUEST,
        /** The guest is already a co-instructor of the run. */
        ALREADY_GUEST,
        /** The run is cancelled: nothing more can be changed or cancelled again. */
        CANCELLED,
        /** The session has been held (or is under way): it can no longer be moved or cancelled. */
        HELD
    }

    private final Reason reason;

    public RunRefusedException(Reason reason, String detail) {
        super("run.refused.", reason, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
