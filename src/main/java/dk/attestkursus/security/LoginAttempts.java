package dk.attestkursus.security;

import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins: per name and client address and per address in the {@link LoginThrottle} (known and
 * unknown names alike), and on the account since its last successful login. A successful login clears both.
 */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final Clock clock;
    private final MunicipalScope scope;
    private final TransactionTemplate tx;
    private final LoginThrottle throttle;

    LoginAttempts(
            AccountRepository accounts,
            Clock clock,
            MunicipalScope scope,
            PlatformTransactionManager txm,
            LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.clock = clock;
        this.scope = scope;
        this.tx = new TransactionTemplate(txm);
    }

    // Nobody is logged in yet when these run: the account is found across municipalities, as at login.

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT);
        clientAddress(event.getAuthentication()).ifPresent(address -> throttle.failed(username, address));
        scope.platform(() -> tx.execute(s -> {
            accounts.findByUsername(username).ifPresent(Account::recordFailedLogin);
            return null;
        }));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        clientAddress(event.getAuthentication()).ifPresent(address -> throttle.succeeded(username, address));
        scope.platform(() -> tx.execute(s -> {
            accounts.findByUsername(username)
                    .filter(a -> a.getFailedAttempts() > 0 || !a.isActivated())
                    .ifPresent(a -> a.recordLoginAt(clock.instant()));
            return null;
        }));
    }

    /** The browser's address of a login through the login form; none for other logins (tests, single sign-on). */
    private static Optional<String> clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? Optional.ofNullable(details.getRemoteAddress())
                : Optional.empty();
    }
}
