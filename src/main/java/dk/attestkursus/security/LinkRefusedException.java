package dk.attestkursus.security;

import dk.attestkursus.kernel.RefusalException;

/** A personal link that cannot be used or sent (issue 22); nothing was changed. */
public class LinkRefusedException extends RefusalException {

    public enum Reason {
        /** No such link: mistyped, cut short or forged. */
        UNKNOWN,
        /** Too old: a new one can be sent. */
        EXPIRED,
        /** Used already, or replaced by a newer link. */
        USED,
        /** The account is active already (or deactivated): no invitation to send. */
        ACTIVATED,
        /** An invitation went out less than a minute ago: one mail per click, never a flood. */
        TOO_SOON
    }

    private final Reason reason;

    public LinkRefusedException(Reason reason) {
        super("links.refused.", reason, "link " + reason);
        this.reason = reason;
    }

    /** The refusal for a link in this state (not {@link LinkCheck.State#VALID}). */
    public static LinkRefusedException of(LinkCheck.State state) {
        return new LinkRefusedException(Reason.valueOf(state.name()));
    }

    public Reason reason() {
        return reason;
    }
}
