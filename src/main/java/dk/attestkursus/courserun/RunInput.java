package dk.attestkursus.courserun;

import dk.attestkursus.security.AccountId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator or instructor fills in for a run. Validated by {@link RunManagementService}:
 * a date, a time and at least one instructor are required; an in-person run needs an address, an
 * online run a meeting link. {@code municipality} is not used: a run belongs to the municipality of the
 * session that saves it, whose name it carries (issue 21).
 */
public record RunInput(
        @Nullable String name,
        @Nullable String municipality,
        @Nullable LocalDate date,
        @Nullable LocalTime time,
        @Nullable Integer durationMinutes,
        boolean online,
        @Nullable String location,
        @Nullable String meetingUrl,
        @Nullable Integer capacity,
        List<AccountId> instructorIds,
        @Nullable LocalDate followUpFirst,
        @Nullable LocalDate followUpSecond) {

    public RunInput {
        instructorIds = List.copyOf(instructorIds);
    }
}
