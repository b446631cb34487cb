package dk.attestkursus.runmails;

import dk.attestkursus.base.UniqueKeys;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.runmails.domain.MailPlanStore;
import dk.attestkursus.security.SystemUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every minute: the waves of mail that have fallen due go to the outbox, each in a transaction of its
 * own. Safe with two instances: a wave is claimed once (see {@link MailPlanStore#claim}); the loser's
 * transaction rolls back whole. A time moved into the past is due at once and sent once.
 */
@Component
class RunMailPlanner {

    /** Runs whose session started longer ago than this have no more mails to send. */
    static final Duration HORIZON = Duration.ofDays(180);

    private static final Logger LOG = LoggerFactory.getLogger(RunMailPlanner.class);

    private final RunRosterService rosters;
    private final MailPlanStore plans;
    private final MailWaves waves;
    private final MailSchedule schedule;
    private final SystemUser system;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final boolean scheduling;

    RunMailPlanner(
            RunRosterService rosters,
            MailPlanStore plans,
            MailWaves waves,
            MailSchedule schedule,
            SystemUser system,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${attestkursus.scheduling:true}") boolean scheduling) {
        this.scheduling = scheduling;
        this.rosters = rosters;
        this.plans = plans;
        this.waves = waves;
        this.schedule = schedule;
        this.system = system;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(fixedDelayString = "${attestkursus.transfer.plan-interval:PT1M}", initialDelayString = "PT30S")
    void scheduled() {
        // Another library may switch scheduling on as well, so the switch is checked here too.
        if (scheduling) {
            system.run(() -> planDue(clock.instant()));
        }
    }

    /** Queues every wave due at {@code now}; returns how many mails went to the outbox. Runs as the system. */
    int planDue(Instant now) {
        Set<Long> finished = Set.copyOf(plans.finishedRuns(TransferMail.values().length));
        int queued = 0;
        for (CourseRunSummary run : rosters.runsStartingAfter(now.minus(HORIZON))) {
            if (!finished.contains(run.id().value())) {
                queued += planRun(run, now);
            }
        }
        return queued;
    }

    /** Queues the run's waves due at {@code now}, each in a transaction of its own. */
    int planRun(CourseRunSummary run, Instant now) {
        int queued = 0;
        Map<String, MailPlanStore.Row> rows = plans.rows(run.id().value());
        for (TransferMail mail : TransferMail.values()) {
            MailPlanStore.Row row = rows.get(mail.key());
            if (row != null && row.queuedAt() != null
                    || !schedule.due(mail, run, row == null ? null : row.sendAt(), now)) {
                continue;
            }
            try {
                Integer count = ownTransaction.execute(tx -> waves.queue(run.id(), mail, now));
                if (count != null && count > 0) {
                    queued += count;
                    LOG.info(
                            "Queued {} mail(s) '{}' for run {}",
                            count,
                            mail.key(),
                            run.id().value());
                }
            } catch (DataIntegrityViolationException e) {
                UniqueKeys.rethrowUnlessLostRace(e);
                LOG.info(
                        "Wave '{}' of run {} was queued by another instance",
                        mail.key(),
                        run.id().value());
            }
        }
        return queued;
    }
}
