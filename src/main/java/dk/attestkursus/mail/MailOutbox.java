package dk.attestkursus.mail;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.PeopleInReach;
import dk.attestkursus.mail.domain.MailStore;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: every mail is written here inside the transaction of the event that causes it
 * ({@code MANDATORY}), so the mail and the event commit or roll back together. The sender
 * ({@link MailDispatcher}) delivers it later. Queueing is idempotent by the mail's dedupe key.
 *
 * <p>A mail belongs to the municipality of the work that queues it (decision 020): a person's session,
 * or a platform job inside {@code MunicipalScope.within}; the platform itself queues nothing.
 */
@Service
public class MailOutbox {

    private final MailStore store;
    private final IcsWriter ics;
    private final Clock clock;
    private final PeopleInReach reach;

    MailOutbox(MailStore store, IcsWriter ics, Clock clock, PeopleInReach reach) {
        this.store = store;
        this.ics = ics;
        this.clock = clock;
        this.reach = reach;
    }

    /**
     * Queues the mail; false (and nothing written) when a mail with the same dedupe key exists. The
     * address is not checked here: a bad one is recorded as failed, with the reason, when sending. Queued
     * by the staff who send a run's or an account's mails and by the platform's jobs, never by a caseworker
     * or a leader (decision 028).
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_ADMIN_OR_SYSTEM)
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
                mail.topic().stored(),
                mail.subject(),
                mail.textBody(),
                mail.htmlBody(),
                mail.invite() == null ? null : ics.write(mail.invite()),
                mail.sendAfter(),
                clock.instant());
        return true;
    }

    /**
     * The state of the newest mail of a topic (e.g. the invitations) to each of these people, for the staff
     * who follow it up: queued, sent or failed (a bounced address), with the reason. An instructor asks
     * about the participants of their runs only ({@link PeopleInReach}).
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_ADMIN_OR_SYSTEM)
    @Transactional(readOnly = true)
    public Map<AccountId, MailState> latest(MailTopic topic, Collection<AccountId> people) {
        reach.require(people);
        Map<AccountId, MailState> states = new HashMap<>();
        List<Long> ids = people.stream().map(AccountId::value).distinct().toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            store.latestOfTopic(topic.stored(), ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach(r -> states.put(
                            new AccountId(r.accountId()),
                            new MailState(MailStatus.valueOf(r.status()), r.lastError())));
        }
        return states;
    }

    /** A mail's state and, for a failed one, why. */
    public record MailState(MailStatus status, @Nullable String error) {}

    /** Cancels every queued mail of a run, to anyone (the run is cancelled): the platform's job, after the event. */
    @PreAuthorize(AppRoles.HAS_SYSTEM)
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelQueued(CourseRunId run) {
        return store.cancelQueuedOfTopic(MailTopic.runPrefix(run), clock.instant());
    }

    /** Cancels one recipient's queued mails of a run, of every kind (withdrawn from the run): the platform's job. */
    @PreAuthorize(AppRoles.HAS_SYSTEM)
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelQueued(AccountId recipientAccountId, CourseRunId run) {
        return store.cancelQueued(recipientAccountId.value(), MailTopic.runPrefix(run), clock.instant());
    }
}
