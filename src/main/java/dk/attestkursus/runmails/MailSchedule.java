package dk.attestkursus.runmails;

import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.kernel.DanishCalendar;
import dk.attestkursus.transfer.FollowUpDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * When a run's mails go out by default, and whether one is due: plain rules, tested with fixed times.
 * The introduction and the leaders' first mail go {@code introDaysBefore} days before the session (14
 * unless set per run), the reminder {@code reminderDaysBefore} days before, the follow-ups on the run's
 * follow-up dates ({@link FollowUpDates}: +2 and +6 weeks by default), the leaders' last mail {@code leaderAfterDays} after
 * the second follow-up. All at {@code sendTime}, Danish time, on working days ({@link DanishCalendar}).
 */
public record MailSchedule(
        int introDaysBefore, int reminderDaysBefore, int leaderAfterDays, LocalTime sendTime, ZoneId zone) {

    public MailSchedule {
        if (introDaysBefore <= reminderDaysBefore || reminderDaysBefore < 1 || leaderAfterDays < 0) {
            throw new IllegalArgumentException(
                    "The introduction must go before the reminder, which goes before the" + " session");
        }
    }

    /** When the mail goes out unless an instructor moves it. */
    public Instant defaultSendAt(TransferMail mail, CourseRunSummary run) {
        LocalDate session = run.startsAt().atZone(zone).toLocalDate();
        // On working days (issue 23): a mail before the session goes on the working day on or before its
        // day, one after it on the working day on or after (no weekend, public holiday or Christmas week).
        LocalDate date = switch (mail) {
            case INTRO, LEADER_BEFORE -> DanishCalendar.workdayOnOrBefore(session.minusDays(introDaysBefore));
            case REMINDER -> DanishCalendar.workdayOnOrBefore(session.minusDays(reminderDaysBefore));
            case FOLLOW_UP_1 -> DanishCalendar.workdayOnOrAfter(firstFollowUp(run));
            case FOLLOW_UP_2 -> DanishCalendar.workdayOnOrAfter(secondFollowUp(run));
            case LEADER_AFTER ->
                DanishCalendar.workdayOnOrAfter(secondFollowUp(run).plusDays(leaderAfterDays));
        };
        return date.atTime(sendTime).atZone(zone).toInstant();
    }

    /** When the mail goes out: the instructors' time if they moved it, else the default. */
    public Instant sendAt(TransferMail mail, CourseRunSummary run, @Nullable Instant moved) {
        return moved != null ? moved : defaultSendAt(mail, run);
    }

    /** Whether the mail should go to the outbox now (a time moved into the past is due at once). */
    public boolean due(TransferMail mail, CourseRunSummary run, @Nullable Instant moved, Instant now) {
        return !sendAt(mail, run, moved).isAfter(now);
    }

    /** A preparation mail that falls due after the session has started is not sent at all. */
    public boolean tooLate(TransferMail mail, CourseRunSummary run, Instant now) {
        return mail.beforeSession() && !now.isBefore(run.startsAt());
    }

    /**
     * A follow-up that falls due after the next one is due is no longer the current one and is not sent
     * (issue 23): a run entered after the fact, or a platform that was down, would otherwise send both
     * follow-ups in the same minute. {@code nextMoved}: the second follow-up's time if instructors moved it.
     */
    public boolean superseded(TransferMail mail, CourseRunSummary run, @Nullable Instant nextMoved, Instant now) {
        return mail == TransferMail.FOLLOW_UP_1
                && !sendAt(TransferMail.FOLLOW_UP_2, run, nextMoved).isAfter(now);
    }

    /** The run's follow-up dates (transfer's rule, in this schedule's zone). */
    public LocalDate firstFollowUp(CourseRunSummary run) {
        return new FollowUpDates(zone).first(run);
    }

    public LocalDate secondFollowUp(CourseRunSummary run) {
        return new FollowUpDates(zone).second(run);
    }
}
