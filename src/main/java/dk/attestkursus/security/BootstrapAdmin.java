package dk.attestkursus.security;

import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first (platform) administrator of a production installation (no demo data there): when no
 * administrator exists and {@code attestkursus.bootstrap-admin.username}, {@code .email} and
 * {@code .password} are set (e.g. {@code ATTESTKURSUS_BOOTSTRAP_ADMIN_PASSWORD}), that account is
 * created at start-up. Once an administrator exists the settings are ignored and can be removed.
 */
@Component
@Order(5)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountRepository accounts;
    private final SystemUser system;
    private final TransactionTemplate tx;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String username;
    private final String email;
    private final String password;

    BootstrapAdmin(
            AccountRepository accounts,
            SystemUser system,
            PlatformTransactionManager txm,
            PasswordEncoder encoder,
            Clock clock,
            @Value("${attestkursus.bootstrap-admin.username:}") String username,
            @Value("${attestkursus.bootstrap-admin.email:}") String email,
            @Value("${attestkursus.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.system = system;
        this.tx = new TransactionTemplate(txm);
        this.encoder = encoder;
        this.clock = clock;
        this.username = username.strip().toLowerCase(Locale.ROOT);
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.password = password;
    }

    /** As the platform: the first account of an installation is the platform's own administrator. */
    @Override
    public void run(ApplicationArguments args) {
        system.run(() -> tx.execute(s -> {
            createIfNone();
            return null;
        }));
    }

    private void createIfNone() {
        if (username.isEmpty() || accounts.existsByRole(Role.PLATFORM_ADMIN)) {
            return;
        }
        if (email.isEmpty() || password.length() < 12) {
            throw new IllegalStateException("attestkursus.bootstrap-admin needs an e-mail and a password of at "
                    + "least 12 characters to create the first administrator '" + username + "'");
        }
        if (accounts.existsByUsername(username) || accounts.existsByEmail(email)) {
            throw new IllegalStateException("attestkursus.bootstrap-admin: user name or e-mail is already taken by "
                    + "an account that is not an administrator");
        }
        Account admin = new Account(
                username,
                email,
                "Platformadministrator",
                encoder.encode(password),
                Role.PLATFORM_ADMIN,
                null,
                null,
                clock.instant());
        admin.recordLoginAt(clock.instant()); // the operator chose the password: activated (issue 22)
        accounts.save(admin);
        log.info("Created the first platform administrator account '{}'", username);
    }
}
