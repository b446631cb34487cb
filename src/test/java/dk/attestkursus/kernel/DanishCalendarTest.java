package dk.attestkursus.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.kernel.DanishCalendar.DayOff;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Danish days off (issue 23): Easter computed, the holidays that hang on it, the fixed ones, weekends. */
class DanishCalendarTest {

    @ParameterizedTest
    @CsvSource({
        "2000, 2000-04-23",
        "2023, 2023-04-09",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2038, 2038-04-25"
    })
    void easter_sunday_is_computed(int year, LocalDate easter) {
        assertThat(DanishCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-01-01, NEW_YEARS_DAY",
        "2026-04-02, MAUNDY_THURSDAY",
        "2026-04-03, GOOD_FRIDAY",
        "2026-04-05, EASTER_SUNDAY",
        "2026-04-06, EASTER_MONDAY",
        "2023-05-05, GREAT_PRAYER_DAY",
        "2026-05-14, ASCENSION_DAY",
        "2026-05-24, WHIT_SUNDAY",
        "2026-05-25, WHIT_MONDAY",
        "2026-06-05, CONSTITUTION_DAY",
        "2026-12-24, CHRISTMAS_EVE",
        "2026-12-25, CHRISTMAS_DAY",
        "2026-12-26, BOXING_DAY",
        "2026-12-28, BETWEEN_CHRISTMAS_AND_NEW_YEAR",
        "2026-12-31, NEW_YEARS_EVE",
        "2026-12-05, SATURDAY",
        "2026-12-06, SUNDAY"
    })
    void days_off_are_named(LocalDate day, DayOff off) {
        assertThat(DanishCalendar.dayOff(day)).contains(off);
        assertThat(DanishCalendar.isWorkday(day)).isFalse();
    }

    @Test
    void store_bededag_is_a_working_day_since_its_abolition_and_ordinary_days_are_working_days() {
        // The fourth Friday after Easter 2024 (26 April) is an ordinary Friday since Lov nr. 168 of 2023.
        assertThat(DanishCalendar.dayOff(LocalDate.of(2024, 4, 26))).isEmpty();
        assertThat(DanishCalendar.dayOff(LocalDate.of(2026, 12, 8))).isEmpty();
        assertThat(DanishCalendar.dayOff(LocalDate.of(2026, 6, 4))).isEmpty();
    }

    @Test
    void the_nearest_working_day_skips_weekends_and_the_christmas_week() {
        // Sunday 27 December 2026 (the demo's first run in the issue): the first working day after is
        // Monday 4 January 2027, the last before Wednesday 23 December.
        assertThat(DanishCalendar.workdayOnOrAfter(LocalDate.of(2026, 12, 27))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(DanishCalendar.workdayOnOrBefore(LocalDate.of(2026, 12, 27))).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(DanishCalendar.workdayOnOrAfter(LocalDate.of(2026, 12, 8))).isEqualTo(LocalDate.of(2026, 12, 8));
        // Easter 2026: Thursday 2 April to Monday 6 April are off.
        assertThat(DanishCalendar.workdayOnOrAfter(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void a_mail_sent_at_night_or_at_a_weekend_waits_for_the_next_working_morning() {
        java.time.ZoneId zone = java.time.ZoneId.of("Europe/Copenhagen");
        java.util.function.Function<String, java.time.Instant> at =
                text -> java.time.LocalDateTime.parse(text).atZone(zone).toInstant();
        // Within the hours: as it is.
        assertThat(DanishCalendar.withinWorkingHours(at.apply("2027-03-09T10:15"), zone))
                .isEqualTo(at.apply("2027-03-09T10:15"));
        // Early on a working day: the same day at 8; in the evening: the next working day at 8.
        assertThat(DanishCalendar.withinWorkingHours(at.apply("2027-03-09T06:30"), zone))
                .isEqualTo(at.apply("2027-03-09T08:00"));
        assertThat(DanishCalendar.withinWorkingHours(at.apply("2027-03-09T17:00"), zone))
                .isEqualTo(at.apply("2027-03-10T08:00"));
        // Friday night and Saturday: Monday at 8; Maundy Thursday evening 2027: the Tuesday after Easter.
        assertThat(DanishCalendar.withinWorkingHours(at.apply("2027-03-12T22:00"), zone))
                .isEqualTo(at.apply("2027-03-15T08:00"));
        assertThat(DanishCalendar.withinWorkingHours(at.apply("2027-03-13T11:00"), zone))
                .isEqualTo(at.apply("2027-03-15T08:00"));
        assertThat(DanishCalendar.withinWorkingHours(at.apply("2027-03-24T18:00"), zone))
                .isEqualTo(at.apply("2027-03-30T08:00"));
    }
}
