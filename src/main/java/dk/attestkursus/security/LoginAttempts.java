package dk.attestkursus.security;

import dk.attestkursus.security.domain.AccountRepository;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins in a row: five lock the account for five minutes; a successful login
 * resets the count. Unknown user names are not counted (there is nothing to lock).
 */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT))
                .ifPresent(a -> a.recordFailedLogin(clock.instant()));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
                .filter(a -> a.getFailedAttempts() > 0)
                .ifPresent(a -> a.recordSuccessfulLogin());
    }
}
