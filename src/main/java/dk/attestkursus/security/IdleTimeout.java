package dk.attestkursus.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a logged-in session may go without a request of its user before it ends (issue 24, decision 029):
 * {@code attestkursus.session.idle-timeout}, 30 minutes unless set ({@code SESSION_IDLE_TIMEOUT}). Vaadin's
 * heartbeat, which an open tab sends every few minutes, does not count: an unattended computer is logged
 * out. Pages warn {@link #WARNING_BEFORE} before the end ({@code selfservice.ui.IdleWarning}).
 *
 * <p>Its time is the wall clock, not the platform's {@code Clock}: the integration tests move that one to
 * see the course's phases, and a logged-in browser must not look idle for it.
 */
@Component
public class IdleTimeout {

    public static final Duration WARNING_BEFORE = Duration.ofMinutes(2);

    private final Duration timeout;
    private volatile Duration skew = Duration.ZERO;

    IdleTimeout(@Value("${attestkursus.session.idle-timeout:30m}") Duration timeout) {
        if (timeout.compareTo(WARNING_BEFORE.plusMinutes(1)) < 0) {
            throw new IllegalArgumentException(
                    "attestkursus.session.idle-timeout must be at least 3 minutes, was " + timeout);
        }
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    Instant now() {
        return Instant.now().plus(skew);
    }

    /** Tests only: moves this clock by {@code by} (back to the wall clock with {@link Duration#ZERO}). */
    void skewForTests(Duration by) {
        this.skew = by;
    }
}
