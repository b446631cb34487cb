package dk.attestkursus.mail;

import dk.attestkursus.mail.domain.MailStore;
import dk.attestkursus.security.AccountId;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: every mail is written here inside the transaction of the event that causes it
 * ({@code MANDATORY}), so the mail and the event commit or roll back together. The sender
 * ({@link MailDispatcher}) delivers it later. Queueing is idempotent by the mail's dedupe key.
 */
@Service
public class MailOutbox {

    private final MailStore store;
    private final IcsWriter ics;
    private final Clock clock;

    MailOutbox(MailStore store, IcsWriter ics, Clock clock) {
        this.store = store;
        this.ics = ics;
        this.clock = clock;
    }

    /**
     * Queues the mail; false (and nothing written) when a mail with the same dedupe key exists. The
     * address is not checked here: a bad one is recorded as failed, with the reason, when sending.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(OutgoingMail mail) {
        if (store.exists(mail.dedupeKey())) {
            return false;
        }
        store.insert(
                mail.dedupeKey(),
                mail.to().strip(),
                mail.recipientAccountId() == null
                        ? null
                        : mail.recipientAccountId().value(),
                mail.topic(),
                mail.subject(),
                mail.textBody(),
                mail.htmlBody(),
                mail.invite() == null ? null : ics.write(mail.invite()),
                mail.sendAfter(),
                clock.instant());
        return true;
    }

    /** Cancels the queued mails of one recipient whose topic starts with the prefix (e.g. withdrawn from a run). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelQueued(AccountId recipientAccountId, String topicPrefix) {
        return store.cancelQueued(recipientAccountId.value(), topicPrefix, clock.instant());
    }

    /** Cancels every queued mail whose topic starts with the prefix. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelTopic(String topicPrefix) {
        return store.cancelTopic(topicPrefix, clock.instant());
    }
}
