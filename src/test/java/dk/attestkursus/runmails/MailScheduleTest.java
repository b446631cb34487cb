package dk.attestkursus.runmails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.transfer.Checkpoint;
import dk.attestkursus.transfer.FollowUpDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mail schedule with fixed times: defaults, moved times, due, too late, follow-up windows. */
class MailScheduleTest {

    private final MailSchedule schedule = new MailSchedule(14, 3, 7, LocalTime.of(8, 0), TimeConfig.ZONE);

    /** A session on Tuesday 8 December 2026 at 9.00 Danish time, 150 minutes. */
    private static CourseRunSummary run(LocalDate first, LocalDate second) {
        return runOn(LocalDate.of(2026, 12, 8), first, second);
    }

    /** A session on {@code day} at 9.00 Danish time, 150 minutes. */
    private static CourseRunSummary runOn(LocalDate day, LocalDate first, LocalDate second) {
        Instant start = day.atTime(9, 0).atZone(TimeConfig.ZONE).toInstant();
        return new CourseRunSummary(
                new CourseRunId(1),
                "Hold",
                "Aarhus",
                start,
                150,
                "Rådhuset",
                null,
                List.of(),
                10,
                false,
                null,
                first,
                second);
    }

    private static Instant danish(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, TimeConfig.ZONE)
                .toInstant();
    }

    @Test
    void default_times_follow_the_session_and_the_follow_up_dates() {
        CourseRunSummary run = run(LocalDate.of(2026, 12, 22), LocalDate.of(2027, 1, 19));
        assertThat(schedule.defaultSendAt(TransferMail.INTRO, run)).isEqualTo(danish(2026, 11, 24, 8, 0));
        assertThat(schedule.defaultSendAt(TransferMail.LEADER_BEFORE, run)).isEqualTo(danish(2026, 11, 24, 8, 0));
        // Three days before Tuesday 8 December is a Saturday: the reminder goes on the Friday before.
        assertThat(schedule.defaultSendAt(TransferMail.REMINDER, run)).isEqualTo(danish(2026, 12, 4, 8, 0));
        assertThat(schedule.defaultSendAt(TransferMail.FOLLOW_UP_1, run)).isEqualTo(danish(2026, 12, 22, 8, 0));
        assertThat(schedule.defaultSendAt(TransferMail.FOLLOW_UP_2, run)).isEqualTo(danish(2027, 1, 19, 8, 0));
        assertThat(schedule.defaultSendAt(TransferMail.LEADER_AFTER, run)).isEqualTo(danish(2027, 1, 26, 8, 0));
    }

    @Test
    void without_follow_up_dates_they_fall_two_and_six_weeks_after_the_session() {
        CourseRunSummary run = run(null, null);
        assertThat(schedule.defaultSendAt(TransferMail.FOLLOW_UP_1, run)).isEqualTo(danish(2026, 12, 22, 8, 0));
        assertThat(schedule.defaultSendAt(TransferMail.FOLLOW_UP_2, run)).isEqualTo(danish(2027, 1, 19, 8, 0));
        assertThat(new FollowUpDates(TimeConfig.ZONE).opens(Checkpoint.FIRST, run))
                .isEqualTo(danish(2026, 12, 22, 0, 0));
    }

    @Test
    void mails_go_on_working_days_before_the_session_earlier_and_after_it_later() {
        // A session on Monday 4 January 2027: 14 days before is Monday 21 December (a working day); three
        // days before is Friday 1 January (New Year's Day), so the reminder goes on Wednesday 23 December.
        CourseRunSummary run = runOn(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 18), LocalDate.of(2027, 3, 28));
        assertThat(schedule.defaultSendAt(TransferMail.INTRO, run)).isEqualTo(danish(2026, 12, 21, 8, 0));
        assertThat(schedule.defaultSendAt(TransferMail.REMINDER, run)).isEqualTo(danish(2026, 12, 23, 8, 0));
        // A second follow-up chosen on Easter Sunday: the mail goes on the Tuesday after Easter Monday.
        assertThat(schedule.defaultSendAt(TransferMail.FOLLOW_UP_2, run)).isEqualTo(danish(2027, 3, 30, 8, 0));
    }

    @Test
    void a_mail_is_due_from_its_time_and_a_moved_time_wins() {
        CourseRunSummary run = run(null, null);
        Instant intro = danish(2026, 11, 24, 8, 0);
        assertThat(schedule.due(TransferMail.INTRO, run, null, intro.minusSeconds(1)))
                .isFalse();
        assertThat(schedule.due(TransferMail.INTRO, run, null, intro)).isTrue();
        Instant moved = danish(2026, 11, 30, 12, 0);
        assertThat(schedule.due(TransferMail.INTRO, run, moved, intro)).isFalse();
        assertThat(schedule.due(TransferMail.INTRO, run, moved, moved)).isTrue();
        // A time moved into the past is due at once.
        assertThat(schedule.due(TransferMail.REMINDER, run, danish(2026, 1, 1, 8, 0), intro))
                .isTrue();
    }

    @Test
    void preparation_mails_are_too_late_once_the_session_has_started_but_follow_ups_never() {
        CourseRunSummary run = run(null, null);
        Instant start = run.startsAt();
        assertThat(schedule.tooLate(TransferMail.REMINDER, run, start.minusSeconds(1)))
                .isFalse();
        assertThat(schedule.tooLate(TransferMail.REMINDER, run, start)).isTrue();
        assertThat(schedule.tooLate(TransferMail.INTRO, run, start.plusSeconds(3600)))
                .isTrue();
        assertThat(schedule.tooLate(TransferMail.LEADER_BEFORE, run, start)).isTrue();
        assertThat(schedule.tooLate(TransferMail.FOLLOW_UP_1, run, start.plusSeconds(86_400L * 400)))
                .isFalse();
        assertThat(schedule.tooLate(TransferMail.LEADER_AFTER, run, start.plusSeconds(86_400L * 400)))
                .isFalse();
    }

    @Test
    void the_first_follow_up_is_not_sent_once_the_second_is_due_too() {
        CourseRunSummary run = run(null, null);
        Instant second = schedule.defaultSendAt(TransferMail.FOLLOW_UP_2, run);
        assertThat(schedule.superseded(TransferMail.FOLLOW_UP_1, run, null, second.minusSeconds(1)))
                .isFalse();
        assertThat(schedule.superseded(TransferMail.FOLLOW_UP_1, run, null, second))
                .isTrue();
        // Instructors moved the second follow-up later: the first is still the current one.
        assertThat(schedule.superseded(
                        TransferMail.FOLLOW_UP_1, run, second.plusSeconds(86_400L * 7), second.plusSeconds(60)))
                .isFalse();
        // Only the first follow-up gives way; the second and the leaders' last mail are always the last.
        assertThat(schedule.superseded(TransferMail.FOLLOW_UP_2, run, null, second.plusSeconds(86_400L * 400)))
                .isFalse();
        assertThat(schedule.superseded(TransferMail.LEADER_AFTER, run, null, second.plusSeconds(86_400L * 400)))
                .isFalse();
    }

    @Test
    void the_reminder_must_come_after_the_introduction_and_before_the_session() {
        assertThatThrownBy(() -> new MailSchedule(3, 3, 7, LocalTime.NOON, TimeConfig.ZONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailSchedule(14, 0, 7, LocalTime.NOON, TimeConfig.ZONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void winter_and_summer_time_keep_eight_o_clock_danish_time() {
        Instant summer =
                ZonedDateTime.of(2026, 4, 7, 9, 0, 0, 0, TimeConfig.ZONE).toInstant();
        CourseRunSummary run = new CourseRunSummary(
                new CourseRunId(1),
                "Hold",
                "Aarhus",
                summer,
                150,
                "Rådhuset",
                null,
                List.of(),
                1,
                false,
                null,
                null,
                null);
        // 14 days before 7 April is 24 March, before the switch to summer time on 29 March.
        assertThat(schedule.defaultSendAt(TransferMail.INTRO, run)
                        .atZone(TimeConfig.ZONE)
                        .toLocalTime())
                .isEqualTo(LocalTime.of(8, 0));
        assertThat(schedule.defaultSendAt(TransferMail.REMINDER, run)
                        .atZone(TimeConfig.ZONE)
                        .toLocalTime())
                .isEqualTo(LocalTime.of(8, 0));
    }
}
