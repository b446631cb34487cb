package dk.attestkursus.runmails;

import dk.attestkursus.kernel.RefusalException;

/**
 * A change to a run's mails refused, with the reason ({@code transfer.error.<reason>} in the
 * translations, the keys from before the mails had a module of their own).
 */
public class RunMailRefusedException extends RefusalException {

    public enum Reason {
        /** The mail has already gone to the outbox; its time can no longer be moved. */
        ALREADY_SENT
    }

    private final Reason reason;

    public RunMailRefusedException(Reason reason, String detail) {
        super("transfer.error.", reason, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
