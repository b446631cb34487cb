package dk.attestkursus.runmails;

import dk.attestkursus.courserun.ParticipantJoined;
import dk.attestkursus.courserun.ParticipantLeft;
import dk.attestkursus.mail.MailOutbox;
import dk.attestkursus.runmails.domain.MailPlanStore;
import dk.attestkursus.security.SystemUser;
import java.time.Clock;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the mails in step with enrolment, after the enrolment committed, each event in a transaction of
 * its own and as the system (docs/decisions/017): a withdrawn (or moved) participant's queued mails for
 * the run are cancelled; someone who joins after a wave went out gets the mails they missed. A failure
 * here no longer undoes the enrolment: the event stays in the publication registry and is delivered again
 * on the next start. Both are idempotent (cancelling what is queued; the outbox's dedupe key); catch-ups
 * of one run take turns (a lock on its plan rows), as they run side by side on the task executor.
 */
@Component
class RunMailEnrolmentListener {

    private final MailOutbox outbox;
    private final MailPlanStore plans;
    private final MailWaves waves;
    private final SystemUser system;
    private final Clock clock;

    RunMailEnrolmentListener(MailOutbox outbox, MailPlanStore plans, MailWaves waves, SystemUser system, Clock clock) {
        this.outbox = outbox;
        this.plans = plans;
        this.waves = waves;
        this.system = system;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void left(ParticipantLeft event) {
        system.run(() -> outbox.cancelQueued(event.accountId(), event.runId()));
    }

    /** Only when a wave already went out (one small read), so an import before the introduction costs nothing. */
    @ApplicationModuleListener
    void joined(ParticipantJoined event) {
        if (anyWaveOut(event)) {
            plans.lockRun(event.runId().value());
            system.run(() -> waves.catchUp(event.runId(), Set.of(event.accountId()), clock.instant()));
        }
    }

    private boolean anyWaveOut(ParticipantJoined event) {
        return plans.rows(event.runId().value()).values().stream().anyMatch(r -> "QUEUED".equals(r.outcome()));
    }
}
