package dk.attestkursus.mail;

import dk.attestkursus.mail.domain.MailStore;
import dk.attestkursus.security.SystemUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail outbox in the readiness check ({@code /actuator/health/readiness}, issue 24): down when a mail
 * server is configured and a queued mail has waited longer than {@code attestkursus.mail.stuck-after}
 * (30 minutes) past its time, i.e. mails are not getting out. Without a mail server mails wait by design,
 * so the backlog is then no fault. Anonymous callers see the status only (decision 026).
 */
@Component("mailOutboxHealthIndicator")
class MailOutboxHealth implements HealthIndicator {

    private final MailStore store;
    private final MailDispatcher dispatcher;
    private final SystemUser system;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Duration stuckAfter;

    MailOutboxHealth(
            MailStore store,
            MailDispatcher dispatcher,
            SystemUser system,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${attestkursus.mail.stuck-after:PT30M}") Duration stuckAfter) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.system = system;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setReadOnly(true);
        this.stuckAfter = stuckAfter;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        MailStore.Backlog backlog = Objects.requireNonNull(system.call(() -> tx.execute(s -> store.backlog(now))));
        Instant oldest = backlog.oldest();
        boolean stuck = dispatcher.configured() && oldest != null && oldest.isBefore(now.minus(stuckAfter));
        Health.Builder health = stuck ? Health.down() : Health.up();
        health.withDetail("due", backlog.due()).withDetail("mailServer", dispatcher.configured());
        if (oldest != null) {
            health.withDetail("oldestDue", oldest.toString());
        }
        return health.build();
    }
}
