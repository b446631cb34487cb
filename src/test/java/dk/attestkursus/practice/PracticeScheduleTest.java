package dk.attestkursus.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeScheduleTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    final PracticeSchedule schedule = new PracticeSchedule(List.of(2, 7, 21, 42), LocalTime.of(9, 0), ZONE);

    @Test
    void the_practice_days_fall_on_working_days_after_the_session() {
        // Tuesday 2 March 2027: +2 Thursday, +7 Tuesday, +21 Tuesday, +42 Tuesday.
        LocalDate session = LocalDate.of(2027, 3, 2);
        List<LocalDate> days = all(session);
        assertThat(days)
                .containsExactly(
                        LocalDate.of(2027, 3, 4),
                        LocalDate.of(2027, 3, 9),
                        LocalDate.of(2027, 3, 23),
                        LocalDate.of(2027, 4, 13));
    }

    @Test
    void a_day_on_a_weekend_or_holiday_moves_to_the_next_working_day() {
        // Thursday 18 March 2027: +2 is Saturday -> Monday 22nd.
        LocalDate session = LocalDate.of(2027, 3, 18);
        List<LocalDate> days = all(session);
        assertThat(days.get(0)).isEqualTo(LocalDate.of(2027, 3, 22));
        // Thursday 25 March +7 = Thursday 25 March (Maundy Thursday, a holiday in Denmark) -> after Easter Monday.
        assertThat(days.get(1).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(days.get(1)).isEqualTo(LocalDate.of(2027, 3, 30));
        days.forEach(d ->
                assertThat(dk.attestkursus.kernel.DanishCalendar.isWorkday(d)).isTrue());
    }

    @Test
    void never_two_on_one_day_and_never_more_than_two_in_a_week() {
        // Days 2, 3 and 4 of a Monday session would be Wed, Thu, Fri of one week: the third moves on.
        PracticeSchedule dense = new PracticeSchedule(List.of(2, 3, 4, 5), LocalTime.of(9, 0), ZONE);
        LocalDate session = LocalDate.of(2027, 3, 1);
        List<LocalDate> days = new ArrayList<>();
        for (int step = 1; step <= dense.steps(); step++) {
            days.add(dense.day(step, session, days));
        }
        assertThat(days).doesNotHaveDuplicates();
        assertThat(days)
                .containsExactly(
                        LocalDate.of(2027, 3, 3),
                        LocalDate.of(2027, 3, 4),
                        LocalDate.of(2027, 3, 8),
                        LocalDate.of(2027, 3, 9));
        assertThat(days.stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                d -> d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), java.util.stream.Collectors.counting()))
                        .values())
                .allMatch(n -> n <= PracticeSchedule.MAX_PER_WEEK);
    }

    @Test
    void a_day_already_taken_by_an_earlier_question_is_skipped() {
        LocalDate session = LocalDate.of(2027, 3, 2);
        // The person got a question on Tuesday 9 March already (say the first one came late).
        assertThat(schedule.day(2, session, List.of(LocalDate.of(2027, 3, 9)))).isEqualTo(LocalDate.of(2027, 3, 10));
    }

    @Test
    void mails_go_only_inside_the_window_of_a_working_day() {
        assertThat(schedule.inWindow(at(2027, 3, 9, 9, 0))).isTrue();
        assertThat(schedule.inWindow(at(2027, 3, 9, 16, 59))).isTrue();
        assertThat(schedule.inWindow(at(2027, 3, 9, 8, 59))).isFalse();
        assertThat(schedule.inWindow(at(2027, 3, 9, 17, 0))).isFalse();
        assertThat(schedule.inWindow(at(2027, 3, 9, 23, 30))).isFalse();
        assertThat(schedule.inWindow(at(2027, 3, 13, 10, 0))).as("a Saturday").isFalse();
        assertThat(schedule.inWindow(at(2027, 12, 25, 10, 0)))
                .as("Christmas Day")
                .isFalse();
    }

    @Test
    void a_step_outside_the_schedule_is_refused() {
        assertThatThrownBy(() -> schedule.day(5, LocalDate.of(2027, 3, 2), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PracticeSchedule(List.of(), LocalTime.NOON, ZONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<LocalDate> all(LocalDate session) {
        List<LocalDate> days = new ArrayList<>();
        for (int step = 1; step <= schedule.steps(); step++) {
            days.add(schedule.day(step, session, days));
        }
        return days;
    }

    private static java.time.Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(ZONE).toInstant();
    }
}
