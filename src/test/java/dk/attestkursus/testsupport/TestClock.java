package dk.attestkursus.testsupport;

import dk.attestkursus.base.TimeConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The platform's clock in the integration tests: the real time in Danish time, unless a test stops it
 * at a moment ({@link #set}) to see a screen as it is then, e.g. the caseworker's start page in each
 * phase of the course. A test that sets it resets it when it is done ({@link #reset}, in a
 * {@code finally} or {@code @AfterEach}), because every test shares the one application context
 * (decision 004). Only what asks the injected {@link Clock} sees the set time.
 */
public final class TestClock extends Clock {

    private volatile @Nullable Instant fixed;

    /** From now on the platform's time is {@code at}, until {@link #reset}. */
    public void set(Instant at) {
        fixed = at;
    }

    /** Back to the real time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return TimeConfig.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = fixed;
        return at == null ? Clock.system(zone) : Clock.fixed(at, zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    /** Puts the test clock in place of the platform's ({@code base.TimeConfig}) for every integration test. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
