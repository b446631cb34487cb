package dk.attestkursus.certificates;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the public verification page shows of a known code: for whom, which course, when, and when it was
 * withdrawn or replaced by a reissued certificate if it was (issue 23; the reasons are the holder's, never
 * shown here). Nothing else. A code whose certificate was deleted with its holder's data (issue 25) is
 * {@link State#ERASED}: known, no longer valid, and nothing about whom or which course.
 */
public record Verification(
        State state,
        @Nullable String holderName,
        @Nullable String courseTitle,
        @Nullable LocalDate sessionDate,
        @Nullable Instant issuedAt,
        @Nullable Instant withdrawnAt,
        @Nullable Instant replacedAt) {

    /** What a known code stands for now. */
    public enum State {
        /** The certificate's current code, and it stands. */
        VALID,
        /** Withdrawn by an administrator (issue 23). */
        WITHDRAWN,
        /** Replaced by a reissued certificate with a new code (issue 23). */
        REPLACED,
        /** Deleted with its holder's data (issue 25): shown as "withdrawn or deleted", without any details. */
        ERASED
    }

    /** A code of an issued certificate: valid, withdrawn or replaced, with what it said. */
    static Verification of(
            String holderName,
            String courseTitle,
            LocalDate sessionDate,
            Instant issuedAt,
            @Nullable Instant withdrawnAt,
            @Nullable Instant replacedAt) {
        State state = withdrawnAt != null ? State.WITHDRAWN : replacedAt != null ? State.REPLACED : State.VALID;
        return new Verification(state, holderName, courseTitle, sessionDate, issuedAt, withdrawnAt, replacedAt);
    }

    /** A code whose certificate was deleted with its holder's data: nothing else is known. */
    static Verification erased() {
        return new Verification(State.ERASED, null, null, null, null, null, null);
    }

    /** Whether the code is the certificate's current one and it stands. */
    public boolean valid() {
        return state == State.VALID;
    }
}
