package dk.attestkursus.courserun;

import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who of a group of caseworkers has a place in the course (in one run, or in any), how many of them
 * attended, and when their runs were: the first and the last session. Ids only, for aggregated results.
 */
public record Participation(
        List<AccountId> enrolled,
        int attended,
        @Nullable Instant firstSession,
        @Nullable Instant lastSession) {

    public Participation {
        enrolled = List.copyOf(enrolled);
    }
}
