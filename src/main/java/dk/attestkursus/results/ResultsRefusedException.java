package dk.attestkursus.results;

import dk.attestkursus.kernel.RefusalException;

/** A results request refused, with the reason ({@code results.error.<reason>} in the translations). */
public class ResultsRefusedException extends RefusalException {

    public enum Reason {
        /** A leader asked for a team they do not lead. */
        NOT_YOUR_TEAM,
        /** An administrator asked for a team the municipality does not have. */
        NO_SUCH_TEAM,
        /** A leader asked for a run none of their team has a place in. */
        NOT_YOUR_RUN,
        /** The run does not exist. */
        NO_SUCH_RUN,
        /** An extract must belong to a team: an administrator (or a leader of several) must choose one. */
        NO_TEAM,
        /** The file has problems; nothing was stored. */
        BAD_FILE
    }

    private final Reason reason;

    public ResultsRefusedException(Reason reason, String detail) {
        super("results.error.", reason, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
