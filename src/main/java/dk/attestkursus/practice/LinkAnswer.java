package dk.attestkursus.practice;

import org.jspecify.annotations.Nullable;

/** What answering through a mail's link came to: the feedback, or why there is none. */
public record LinkAnswer(State state, @Nullable PracticeFeedback feedback) {

    public enum State {
        /** Answered now: the feedback follows. */
        ANSWERED,
        /** The link was used before (or the question answered on the start page). */
        USED,
        /** The link is too old. */
        EXPIRED,
        /** No such link (mistyped, or the person's data was erased). */
        UNKNOWN,
        /** The link has no answer the question knows (a cut-off address). */
        NO_SUCH_ANSWER
    }

    static LinkAnswer of(State state) {
        return new LinkAnswer(state, null);
    }
}
