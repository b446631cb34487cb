package dk.attestkursus.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.testsupport.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientRateLimitTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    private final TestClock clock = new TestClock();
    private final ClientRateLimit limit = new ClientRateLimit(3, Duration.ofMinutes(10), clock);

    ClientRateLimitTest() {
        clock.set(T0);
    }

    @Test
    void allows_the_capacity_per_key_then_refuses_until_the_period_has_passed() {
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.exhausted("10.0.0.1")).isFalse();
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.exhausted("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limit.tryAcquire("10.0.0.2"))
                .as("another address has its own")
                .isTrue();

        clock.set(T0.plus(Duration.ofMinutes(9)));
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
        clock.set(T0.plus(Duration.ofMinutes(10)));
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
    }

    @Test
    void recorded_events_count_and_a_reset_forgets_them() {
        for (int i = 0; i < 3; i++) {
            limit.record("anna|10.0.0.1");
        }
        assertThat(limit.exhausted("anna|10.0.0.1")).isTrue();
        assertThat(limit.exhausted("unknown|10.0.0.1")).isFalse();

        limit.reset("anna|10.0.0.1");

        assertThat(limit.exhausted("anna|10.0.0.1")).isFalse();
    }

    @Test
    void a_limit_without_room_is_refused() {
        assertThatThrownBy(() -> new ClientRateLimit(0, Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientRateLimit(1, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
