package dk.attestkursus.certificates;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the public verification page shows of a known code: for whom, which course, when, and when it was
 * withdrawn or replaced by a reissued certificate if it was (issue 23; the reasons are the holder's, never
 * shown here). Nothing else.
 */
public record Verification(
        String holderName,
        String courseTitle,
        LocalDate sessionDate,
        Instant issuedAt,
        @Nullable Instant withdrawnAt,
        @Nullable Instant replacedAt) {

    /** Whether the code is the certificate's current one and it stands. */
    public boolean valid() {
        return withdrawnAt == null && replacedAt == null;
    }
}
