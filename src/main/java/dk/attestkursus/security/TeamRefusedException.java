package dk.attestkursus.security;

import dk.attestkursus.kernel.RefusalException;

/** A team cannot be deleted or read as asked; nothing was changed. */
public class TeamRefusedException extends RefusalException {

    public enum Reason {
        /** The team still has caseworkers: they are moved first. */
        HAS_MEMBERS,
        /** No such team in the municipality, or not one the leader leads. */
        NOT_FOUND
    }

    private final Reason reason;

    public TeamRefusedException(Reason reason, String detail) {
        super("teams.refused.", reason, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
