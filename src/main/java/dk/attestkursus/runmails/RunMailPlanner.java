package dk.attestkursus.runmails;

import dk.attestkursus.base.UniqueKeys;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.runmails.domain.MailPlanStore;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.SystemUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 *
 * <p>The platform's own job (decision 020): it finds the open runs of every municipality as the system,
 * then plans each run within the run's municipality, chosen before the run's transactions start.
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
    private final MunicipalScope scope;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final boolean scheduling;

    RunMailPlanner(
            RunRosterService rosters,
            MailPlanStore plans,
            MailWaves waves,
            MailSchedule schedule,
            SystemUser system,
            MunicipalScope scope,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${attestkursus.scheduling:true}") boolean scheduling) {
        this.scheduling = scheduling;
        this.rosters = rosters;
        this.plans = plans;
        this.waves = waves;
        this.schedule = schedule;
        this.system = system;
        this.scope = scope;
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

    /**
     * Queues every wave due at {@code now}, of every municipality's runs; returns how many mails went to
     * the outbox. Runs as the system, outside any transaction: each run is planned within its own
     * municipality (decision 020).
     */
    int planDue(Instant now) {
        Set<Long> finished = Set.copyOf(plans.finishedRuns(TransferMail.values().length));
        List<CourseRunSummary> open = rosters.runsStartingAfter(now.minus(HORIZON)).stream()
                .filter(run -> !finished.contains(run.id().value()))
                .toList();
        Map<Long, MunicipalityId> owners =
                plans.municipalities(open.stream().map(run -> run.id().value()).toList());
        int queued = 0;
        for (CourseRunSummary run : open) {
            MunicipalityId owner = owners.get(run.id().value());
            if (owner != null) {
                queued += planRun(run, owner, now);
            }
        }
        return queued;
    }

    /** Queues the run's waves due at {@code now}, within the run's municipality. Runs as the system. */
    int planRun(CourseRunSummary run, Instant now) {
        MunicipalityId owner =
                plans.municipalities(List.of(run.id().value())).get(run.id().value());
        if (owner == null) {
            throw new IllegalArgumentException("No run " + run.id().value());
        }
        return planRun(run, owner, now);
    }

    /**
     * Queues the run's waves due at {@code now}, each in a transaction of its own, within the run's
     * municipality (chosen here, before any of those transactions starts).
     */
    private int planRun(CourseRunSummary run, MunicipalityId owner, Instant now) {
        return scope.within(owner, () -> planRunWithin(run, now));
    }

    private int planRunWithin(CourseRunSummary run, Instant now) {
        if (run.cancelled()) {
            return 0; // a cancelled run sends nothing more (its cancellation went when it was cancelled)
        }
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
