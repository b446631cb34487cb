package dk.attestkursus.runmails;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.ParticipantJoined;
import dk.attestkursus.courserun.ParticipantLeft;
import dk.attestkursus.courserun.RunCancelled;
import dk.attestkursus.courserun.RunRescheduled;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.mail.MailOutbox;
import dk.attestkursus.runmails.domain.MailPlanStore;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.SystemUser;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the mails in step with enrolment and with the run, after the change committed, each event in a
 * transaction of its own and as the system (docs/decisions/017): a withdrawn (or moved) participant's queued
 * mails for the run are cancelled, and a delivered invitation is cancelled in their calendar; someone who
 * joins after a wave went out gets the mails they missed; a moved session sends updated invitations and a
 * cancelled run its cancellations ({@link CalendarMails}, decision 025). A failure
 * here no longer undoes the enrolment: the event stays in the publication registry and is delivered again
 * on the next start. Both are idempotent (cancelling what is queued; the outbox's dedupe key); catch-ups
 * of one run take turns (a lock on its plan rows), as they run side by side on the task executor.
 *
 * <p>The work happens in the run's municipality, which the event names (decision 020). A municipality is
 * chosen before a transaction starts, so the listener runs without one ({@code NOT_SUPPORTED}) and opens
 * its own transaction inside {@link MunicipalScope#within}.
 */
@Component
class RunMailEnrolmentListener {

    private final MailOutbox outbox;
    private final MailPlanStore plans;
    private final MailWaves waves;
    private final CalendarMails calendars;
    private final SystemUser system;
    private final MunicipalScope scope;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    RunMailEnrolmentListener(
            MailOutbox outbox,
            MailPlanStore plans,
            MailWaves waves,
            CalendarMails calendars,
            SystemUser system,
            MunicipalScope scope,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.plans = plans;
        this.waves = waves;
        this.calendars = calendars;
        this.system = system;
        this.scope = scope;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void left(ParticipantLeft event) {
        inOwnTransaction(event.municipality(), event.runId(), tx -> {
            outbox.cancelQueued(event.accountId(), event.runId());
            calendars.withdrawn(event.runId(), event.accountId(), clock.instant());
        });
    }

    /** The session moved: the calendars that hold it get an update. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void rescheduled(RunRescheduled event) {
        inOwnTransaction(event.municipality(), event.runId(), tx -> {
            plans.lockRun(event.runId().value());
            calendars.rescheduled(event.runId(), clock.instant());
        });
    }

    /** The run was cancelled: its queued mails go, and everyone gets the reason and a cancellation. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void cancelled(RunCancelled event) {
        inOwnTransaction(event.municipality(), event.runId(), tx -> {
            plans.lockRun(event.runId().value());
            calendars.cancelled(event.runId(), event.reason(), clock.instant());
        });
    }

    /** Only when a wave already went out (one small read), so an import before the introduction costs nothing. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void joined(ParticipantJoined event) {
        inOwnTransaction(event.municipality(), event.runId(), tx -> {
            if (anyWaveOut(event)) {
                plans.lockRun(event.runId().value());
                waves.catchUp(event.runId(), Set.of(event.accountId()), clock.instant());
            }
        });
    }

    /**
     * As the system, within the event's municipality, in a transaction of its own. An event stored in the
     * publication registry before events named their municipality (V15) is resubmitted without one: the
     * run's municipality is read instead; a run that is gone leaves nothing to do.
     */
    private void inOwnTransaction(
            @Nullable MunicipalityId municipality, CourseRunId run, Consumer<TransactionStatus> work) {
        system.run(() -> {
            MunicipalityId owner = municipality != null
                    ? municipality
                    : plans.municipalities(List.of(run.value())).get(run.value());
            if (owner == null) {
                return;
            }
            scope.within(owner, () -> {
                ownTransaction.executeWithoutResult(work);
                return null;
            });
        });
    }

    private boolean anyWaveOut(ParticipantJoined event) {
        return plans.rows(event.runId().value()).values().stream().anyMatch(r -> "QUEUED".equals(r.outcome()));
    }
}
