package dk.attestkursus.session;

import dk.attestkursus.base.AfterCommit;
import dk.attestkursus.myths.LivePollChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the session in step with the live polls: when a poll is closed (also from the poll
 * screen), participants are no longer sent to it. Runs after the poll change is committed, in the
 * instructor's request; votes are ignored.
 */
@Component
class SessionPollWatcher {

    private final SessionService sessions;

    SessionPollWatcher(SessionService sessions) {
        this.sessions = sessions;
    }

    /** After the poll change commits ({@link AfterCommit}: not a transactional event listener). */
    @EventListener
    void on(LivePollChanged change) {
        if (change.stateChanged()) {
            AfterCommit.run(() -> keepInStep(change));
        }
    }

    private void keepInStep(LivePollChanged change) {
        try {
            sessions.pollChanged(change.runId());
        } catch (RuntimeException e) {
            // The poll change itself is committed; a stale "go to the poll" link is the worst outcome.
            LOG.warn(
                    "Could not bring the session of run {} in step with its poll",
                    change.runId().value(),
                    e);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(SessionPollWatcher.class);
}
