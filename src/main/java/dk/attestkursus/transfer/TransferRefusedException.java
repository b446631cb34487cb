package dk.attestkursus.transfer;

import dk.attestkursus.kernel.RefusalException;

/** A transfer step refused, with the reason ({@code transfer.error.<reason>} in the translations). */
public class TransferRefusedException extends RefusalException {

    public enum Reason {
        /** The caller has no place in a run. */
        NO_RUN,
        /** Not open yet (e.g. a follow-up before its date). */
        NOT_OPEN,
        /** No longer open (e.g. the preparation after the session). */
        CLOSED,
        /** A run the caller does not teach. */
        NOT_YOURS,
        /** Someone saved meanwhile. */
        CONFLICT
    }

    private final Reason reason;

    public TransferRefusedException(Reason reason, String detail) {
        super("transfer.error.", reason, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
