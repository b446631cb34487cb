package dk.attestkursus.runmails;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.ParticipantJoined;
import dk.attestkursus.courserun.ParticipantLeft;
import dk.attestkursus.mail.MailOutbox;
import dk.attestkursus.runmails.domain.MailPlanStore;
import dk.attestkursus.security.AccountId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the mails in step with enrolment, inside the enrolment's own transaction: a withdrawn (or
 * moved) participant's queued mails for the run are cancelled; someone who joins after a wave went
 * out gets the mails they missed (collected per transaction, so a 5,000-row import reads the run once).
 */
@Component
class RunMailEnrolmentListener {

    private static final String RESOURCE = RunMailEnrolmentListener.class.getName() + ".joined";

    private final MailOutbox outbox;
    private final MailPlanStore plans;
    private final MailWaves waves;
    private final Clock clock;

    RunMailEnrolmentListener(MailOutbox outbox, MailPlanStore plans, MailWaves waves, Clock clock) {
        this.outbox = outbox;
        this.plans = plans;
        this.waves = waves;
        this.clock = clock;
    }

    @EventListener
    void left(ParticipantLeft event) {
        outbox.cancelQueued(event.accountId(), event.runId());
    }

    @EventListener
    void joined(ParticipantJoined event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<CourseRunId, Set<AccountId>> joined =
                (Map<CourseRunId, Set<AccountId>>) TransactionSynchronizationManager.getResource(RESOURCE);
        if (joined == null) {
            Map<CourseRunId, Set<AccountId>> fresh = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(RESOURCE, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    fresh.forEach((run, people) -> {
                        if (anyWaveOut(run)) {
                            waves.catchUp(run, people, clock.instant());
                        }
                    });
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
                }
            });
            joined = fresh;
        }
        joined.computeIfAbsent(event.runId(), r -> new LinkedHashSet<>()).add(event.accountId());
    }

    private boolean anyWaveOut(CourseRunId run) {
        return plans.rows(run.value()).values().stream().anyMatch(r -> "QUEUED".equals(r.outcome()));
    }
}
