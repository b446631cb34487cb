package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.security.domain.Account;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Five failed logins in a row lock an account for five minutes; success or expiry starts over. */
class AccountLockoutTest {

    private final Instant t0 = Instant.parse("2026-11-22T10:00:00Z");

    private Account account() {
        return new Account("sara", "sara@example.dk", "Sara", "{noop}x", Role.PARTICIPANT, null, null, t0);
    }

    @Test
    void four_failures_do_not_lock_the_fifth_does_for_five_minutes() {
        Account a = account();
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin(t0);
        }
        assertThat(a.isLockedAt(t0)).isFalse();

        a.recordFailedLogin(t0);

        assertThat(a.isLockedAt(t0)).isTrue();
        assertThat(a.isLockedAt(t0.plus(Duration.ofMinutes(5)).minusSeconds(1))).isTrue();
        assertThat(a.isLockedAt(t0.plus(Duration.ofMinutes(5)))).isFalse();
    }

    @Test
    void a_successful_login_resets_the_count() {
        Account a = account();
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin(t0);
        }
        a.recordSuccessfulLogin();
        a.recordFailedLogin(t0);

        assertThat(a.getFailedAttempts()).isEqualTo(1);
        assertThat(a.isLockedAt(t0)).isFalse();
    }

    @Test
    void after_the_lock_expires_a_single_failure_does_not_lock_again() {
        Account a = account();
        for (int i = 0; i < 5; i++) {
            a.recordFailedLogin(t0);
        }
        Instant later = t0.plus(Duration.ofMinutes(6));

        a.recordFailedLogin(later);

        assertThat(a.isLockedAt(later)).isFalse();
        assertThat(a.getFailedAttempts()).isEqualTo(1);
    }
}
