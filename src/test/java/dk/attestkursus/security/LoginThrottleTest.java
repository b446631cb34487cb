package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.testsupport.TestClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle;

    LoginThrottleTest() {
        clock.set(T0);
        throttle = new LoginThrottle(clock);
    }

    @Test
    void five_failures_hold_back_the_name_at_that_address_only_for_five_minutes() {
        for (int i = 0; i < LoginThrottle.PER_NAME_AND_ADDRESS; i++) {
            assertThat(throttle.refuses("anna", "10.0.0.1")).isFalse();
            throttle.failed("Anna ", "10.0.0.1");
        }

        assertThat(throttle.refuses("ANNA", "10.0.0.1"))
                .as("names compare without case or spaces")
                .isTrue();
        assertThat(throttle.refuses("anna", "10.0.0.2"))
                .as("the owner elsewhere")
                .isFalse();
        assertThat(throttle.refuses("bent", "10.0.0.1"))
                .as("another name from the address")
                .isFalse();

        clock.set(T0.plus(LoginThrottle.NAME_AND_ADDRESS_PERIOD));
        assertThat(throttle.refuses("anna", "10.0.0.1")).isFalse();
    }

    @Test
    void a_success_clears_the_names_failures() {
        for (int i = 0; i < LoginThrottle.PER_NAME_AND_ADDRESS - 1; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        throttle.succeeded("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");

        assertThat(throttle.refuses("anna", "10.0.0.1")).isFalse();
    }

    @Test
    void many_names_from_one_address_hold_back_the_address() {
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            throttle.failed("name" + i, "10.0.0.9");
        }

        assertThat(throttle.refuses("someone-new", "10.0.0.9")).isTrue();
        assertThat(throttle.refuses("someone-new", "10.0.0.8")).isFalse();
    }
}
