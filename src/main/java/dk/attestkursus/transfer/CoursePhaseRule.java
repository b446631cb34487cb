package dk.attestkursus.transfer;

import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.kernel.DanishCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rule that places a caseworker in a {@link CoursePhase}: plain, tested with fixed times
 * ({@code CoursePhaseRuleTest}). Danish time ({@link FollowUpDates#zone()}).
 *
 * <ul>
 *   <li>The preparation begins on the morning of the introduction mail's day: {@code introDaysBefore}
 *       days before the session's day, on the working day on or before (as the run mails' schedule
 *       places it; a mail an instructor moved does not move the phase).
 *   <li>The session's day begins at midnight; the session is live from {@link #LIVE_BEFORE_START}
 *       before its start (when the caseworkers' follow-along page opens) until it ends.
 *   <li>A follow-up is due from the morning of its date ({@link FollowUpDates#opens}) until it is
 *       answered (every action of the plan checked in); the second takes over from the first.
 *   <li>Done once the second follow-up is answered, or {@link #DONE_AFTER_SECOND_WEEKS} weeks after it
 *       opened: by then the course is over for the caseworker whether or not they answered.
 * </ul>
 */
public record CoursePhaseRule(FollowUpDates followUps, int introDaysBefore) {

    /** The session is "live" from this long before its start (check-in is open from an hour before). */
    public static final Duration LIVE_BEFORE_START = Duration.ofMinutes(30);

    /** How long the second follow-up stays due before the course counts as done anyway. */
    public static final int DONE_AFTER_SECOND_WEEKS = 8;

    public CoursePhaseRule {
        if (introDaysBefore < 1) {
            throw new IllegalArgumentException("The preparation begins at least a day before the session");
        }
    }

    /**
     * The phase at {@code now} for a caseworker with a place in {@code run} (null: none) who has
     * answered the follow-ups in {@code answered}.
     */
    public CoursePhase at(Instant now, @Nullable CourseRunSummary run, Set<Checkpoint> answered) {
        if (run == null) {
            return CoursePhase.NOT_ENROLLED;
        }
        ZoneId zone = followUps.zone();
        if (now.isBefore(preparationBegins(run))) {
            return CoursePhase.ENROLLED;
        }
        LocalDate sessionDay = run.startsAt().atZone(zone).toLocalDate();
        if (now.isBefore(sessionDay.atStartOfDay(zone).toInstant())) {
            return CoursePhase.PREPARING;
        }
        if (now.isBefore(run.startsAt().minus(LIVE_BEFORE_START))) {
            return CoursePhase.SESSION_TODAY;
        }
        if (now.isBefore(run.endsAt())) {
            return CoursePhase.SESSION_LIVE;
        }
        if (answered.contains(Checkpoint.SECOND) || !now.isBefore(doneBy(run))) {
            return CoursePhase.DONE;
        }
        if (!now.isBefore(followUps.opens(Checkpoint.SECOND, run))) {
            return CoursePhase.FOLLOW_UP_2_DUE;
        }
        if (!now.isBefore(followUps.opens(Checkpoint.FIRST, run)) && !answered.contains(Checkpoint.FIRST)) {
            return CoursePhase.FOLLOW_UP_1_DUE;
        }
        return CoursePhase.AFTER_SESSION;
    }

    /** The morning the preparation begins (the introduction mail's day). */
    public Instant preparationBegins(CourseRunSummary run) {
        ZoneId zone = followUps.zone();
        LocalDate sessionDay = run.startsAt().atZone(zone).toLocalDate();
        return DanishCalendar.workdayOnOrBefore(sessionDay.minusDays(introDaysBefore))
                .atStartOfDay(zone)
                .toInstant();
    }

    /** When the course counts as done even without an answer to the second follow-up. */
    public Instant doneBy(CourseRunSummary run) {
        return followUps
                .second(run)
                .plusWeeks(DONE_AFTER_SECOND_WEEKS)
                .atStartOfDay(followUps.zone())
                .toInstant();
    }
}
