package dk.attestkursus.security;

import org.jspecify.annotations.Nullable;

/** What a personal link is, as its page shows it: usable or why not, and whose it is when usable. */
public record LinkCheck(
        State state,
        @Nullable LinkPurpose purpose,
        @Nullable String displayName) {

    public enum State {
        VALID,
        /** Too old: a new link can be sent. */
        EXPIRED,
        /** Used already (or replaced by a newer link). */
        USED,
        /** No such link: mistyped, cut short or forged. */
        UNKNOWN
    }
}
