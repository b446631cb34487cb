package dk.attestkursus.runmails;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One of a run's mails as its instructors see it: when it goes (and the default), to how many, and,
 * once it went to the outbox, when and to how many, or that it was skipped (a preparation mail due
 * after the session had started).
 */
public record PlannedMail(
        TransferMail mail,
        Instant sendAt,
        Instant defaultSendAt,
        boolean moved,
        int recipients,
        @Nullable Instant queuedAt,
        boolean skipped,
        Delivery delivery) {

    /** What became of the wave's mails in the outbox: sent, still waiting (queued or being sent), failed or cancelled. */
    public record Delivery(long sent, long waiting, long failed, long cancelled) {

        public static final Delivery NONE = new Delivery(0, 0, 0, 0);
    }

    public boolean queued() {
        return queuedAt != null;
    }
}
