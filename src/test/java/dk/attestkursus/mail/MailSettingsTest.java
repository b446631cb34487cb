package dk.attestkursus.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry schedule: 1, 4, 16, 64 minutes, then capped at six hours; defaults when unset. */
class MailSettingsTest {

    @Test
    void the_backoff_grows_four_times_and_stops_at_the_cap() {
        MailSettings settings = new MailSettings(null, 0, 0, null, null, null);
        assertThat(settings.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.delayAfter(2)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.delayAfter(3)).isEqualTo(Duration.ofMinutes(16));
        assertThat(settings.delayAfter(4)).isEqualTo(Duration.ofMinutes(64));
        assertThat(settings.delayAfter(5)).isEqualTo(Duration.ofMinutes(256));
        assertThat(settings.delayAfter(6)).isEqualTo(Duration.ofHours(6));
        assertThat(settings.delayAfter(30)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void unset_values_get_the_defaults() {
        MailSettings settings = new MailSettings(" ", -1, 0, null, null, null);
        assertThat(settings.from()).isEqualTo("Attestkursus <no-reply@attestkursus.dk>");
        assertThat(settings.batchSize()).isEqualTo(50);
        assertThat(settings.maxAttempts()).isEqualTo(8);
        assertThat(settings.claimTimeout()).isEqualTo(Duration.ofMinutes(10));
    }
}
