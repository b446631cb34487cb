package dk.attestkursus.municipalities;

import dk.attestkursus.kernel.RefusalException;

/** A page that was not saved: nothing is stored, and the text stays in the editor. */
public class LocalPageRefusedException extends RefusalException {

    /** Why the page was not saved. */
    public enum Reason {
        /** The text holds what looks like a CPR number (decision 007). */
        CPR,
        /** Longer than the page may be. */
        TOO_LONG,
        /** Someone else saved the page after the editor loaded it. */
        CONFLICT
    }

    private final Reason reason;

    LocalPageRefusedException(Reason reason, String detail) {
        super("local.refused.", reason, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
