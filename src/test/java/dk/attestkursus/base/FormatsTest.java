package dk.attestkursus.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and numbers as the UX guide asks: "tirsdag 3. marts 2026 kl. 9.00", "1.639". */
class FormatsTest {

    private final AppI18NProvider i18n = new AppI18NProvider();
    private final Instant tuesdayMorning =
            LocalDateTime.of(2026, 3, 3, 9, 0).atZone(TimeConfig.ZONE).toInstant();

    @Test
    void danish_date_and_time_reads_as_in_the_ux_guide() {
        assertThat(Formats.dateTime(tuesdayMorning, Locale.of("da"), i18n)).isEqualTo("tirsdag 3. marts 2026 kl. 9.00");
    }

    @Test
    void english_date_and_time_is_written_the_english_way() {
        assertThat(Formats.dateTime(tuesdayMorning, Locale.ENGLISH, i18n)).isEqualTo("Tuesday 3 March 2026 at 9:00");
    }

    @Test
    void numbers_get_danish_thousands_separators() {
        assertThat(Formats.number(1639, Locale.of("da"))).isEqualTo("1.639");
        assertThat(Formats.number(1639, Locale.ENGLISH)).isEqualTo("1,639");
    }
}
