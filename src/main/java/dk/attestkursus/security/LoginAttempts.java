package dk.attestkursus.security;

import dk.attestkursus.security.domain.AccountRepository;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins in a row: five lock the account for five minutes; a successful login
 * resets the count. Unknown user names are not counted (there is nothing to lock).
 */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final Clock clock;
    private final MunicipalScope scope;
    private final TransactionTemplate tx;

    LoginAttempts(AccountRepository accounts, Clock clock, MunicipalScope scope, PlatformTransactionManager txm) {
        this.accounts = accounts;
        this.clock = clock;
        this.scope = scope;
        this.tx = new TransactionTemplate(txm);
    }

    // Nobody is logged in yet when these run: the account is found across municipalities, as at login.

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT);
        scope.platform(() -> tx.execute(s -> {
            accounts.findByUsername(username).ifPresent(a -> a.recordFailedLogin(clock.instant()));
            return null;
        }));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        scope.platform(() -> tx.execute(s -> {
            accounts.findByUsername(username)
                    .filter(a -> a.getFailedAttempts() > 0 || !a.isActivated())
                    .ifPresent(a -> a.recordLoginAt(clock.instant()));
            return null;
        }));
    }
}
