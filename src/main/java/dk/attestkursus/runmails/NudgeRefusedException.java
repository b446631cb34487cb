package dk.attestkursus.runmails;

import dk.attestkursus.kernel.RefusalException;

/** A reminder by hand refused ({@code transfer.nudges.error.<reason>} in the translations); nothing was sent. */
public class NudgeRefusedException extends RefusalException {

    public enum Reason {
        /** This kind of reminder does not fit where the run is now (the session began, the follow-ups are over). */
        NOT_NOW,
        /** Nobody lacks it any more. */
        NO_ONE,
        /** A reminder of this kind went to the run less than a day ago. */
        TOO_SOON
    }

    private final Reason reason;

    public NudgeRefusedException(Reason reason, String detail) {
        super("transfer.nudges.error.", reason, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
