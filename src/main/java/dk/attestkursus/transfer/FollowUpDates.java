package dk.attestkursus.transfer;

import dk.attestkursus.courserun.CourseRunSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A run's follow-up dates: the run's own, else +2 and +6 weeks after the session (Danish dates).
 * The check-ins and the repeated self-assessment open on them; the run's mails go out on them.
 */
public record FollowUpDates(ZoneId zone) {

    public static final int FIRST_FOLLOW_UP_DAYS = 14;
    public static final int SECOND_FOLLOW_UP_DAYS = 42;

    public LocalDate first(CourseRunSummary run) {
        return run.followUpFirst() != null
                ? run.followUpFirst()
                : run.startsAt().atZone(zone).toLocalDate().plusDays(FIRST_FOLLOW_UP_DAYS);
    }

    public LocalDate second(CourseRunSummary run) {
        return run.followUpSecond() != null
                ? run.followUpSecond()
                : run.startsAt().atZone(zone).toLocalDate().plusDays(SECOND_FOLLOW_UP_DAYS);
    }

    /** When a follow-up's check-in opens: the morning of its date. */
    public Instant opens(Checkpoint checkpoint, CourseRunSummary run) {
        LocalDate date = checkpoint == Checkpoint.FIRST ? first(run) : second(run);
        return date.atStartOfDay(zone).toInstant();
    }
}
