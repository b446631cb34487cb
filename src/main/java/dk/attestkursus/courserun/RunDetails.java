package dk.attestkursus.courserun;

import dk.attestkursus.security.AccountSummary;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A run as its editor and overview show it: the summary, the version the screen loaded (for the
 * edit-conflict check), the co-instructors and the warnings (e.g. no practice consultant).
 */
public record RunDetails(
        CourseRunSummary summary,
        long version,
        LocalDate date,
        LocalTime time,
        List<AccountSummary> instructors,
        List<String> warningKeys,
        @Nullable String checkInCode) {

    public RunDetails {
        instructors = List.copyOf(instructors);
        warningKeys = List.copyOf(warningKeys);
    }

    /** The run as input, for the editor to start from. */
    public RunInput toInput() {
        return new RunInput(
                summary.name(),
                summary.municipality(),
                date,
                time,
                summary.durationMinutes(),
                summary.online(),
                summary.location(),
                summary.meetingUrl(),
                summary.capacity(),
                instructors.stream().map(AccountSummary::id).toList(),
                summary.followUpFirst(),
                summary.followUpSecond());
    }
}
