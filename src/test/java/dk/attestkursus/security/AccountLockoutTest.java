package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.security.domain.Account;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Wrong passwords are counted on the account but never lock it (decision 029): a lock anyone could trigger by
 * typing a colleague's name would keep the colleague out. The limits are per client address (LoginThrottle).
 */
class AccountLockoutTest {

    private final Instant t0 = Instant.parse("2026-11-22T10:00:00Z");

    private Account account() {
        return new Account("sara", "sara@example.dk", "Sara", "{noop}x", Role.PARTICIPANT, null, null, t0);
    }

    @Test
    void any_number_of_failures_is_counted_and_never_locks() {
        Account a = account();
        for (int i = 0; i < 100; i++) {
            a.recordFailedLogin();
        }

        assertThat(a.getFailedAttempts()).isEqualTo(100);
        assertThat(a.isLockedAt(t0)).isFalse();
    }

    @Test
    void a_successful_login_resets_the_count() {
        Account a = account();
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin();
        }
        a.recordSuccessfulLogin();
        a.recordFailedLogin();

        assertThat(a.getFailedAttempts()).isEqualTo(1);
    }
}
