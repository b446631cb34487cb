package dk.attestkursus.mail;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.mail.domain.MailStore;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The mail log for administrators: every mail with its state, attempts and last error; resend a sent,
 * failed or cancelled mail; cancel a queued one. Instructors see which of their run's mails went out
 * (no bodies).
 */
@Service
public class MailLogService {

    private final MailStore store;
    private final MailDispatcher dispatcher;
    private final MailOutbox outbox;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AppI18NProvider i18n;
    private final Clock clock;
    private final RunRosterService rosters;

    MailLogService(
            MailStore store,
            MailDispatcher dispatcher,
            MailOutbox outbox,
            AccountService accounts,
            CurrentUser currentUser,
            AppI18NProvider i18n,
            Clock clock,
            RunRosterService rosters) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.outbox = outbox;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.rosters = rosters;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * Queues a test mail to the administrator's own address (a new municipality's first step, issue 21):
     * once the mail server has sent it, the mail log shows it sent and the checklist ticks the step.
     * Returns the address.
     */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public String queueTestMail() {
        AccountId me = currentUser.require().id();
        String to = accounts.summaries(List.of(me)).get(me).email();
        Instant now = clock.instant();
        outbox.enqueue(new OutgoingMail(
                "testmail/" + me.value() + "/" + now.toEpochMilli(),
                to,
                me,
                MailTopic.of("testmail"),
                i18n.getTranslation("mail.test.subject", AppI18NProvider.DANISH),
                i18n.getTranslation("mail.test.text", AppI18NProvider.DANISH),
                "<p>" + HtmlUtils.htmlEscape(i18n.getTranslation("mail.test.text", AppI18NProvider.DANISH)) + "</p>",
                null,
                now));
        return to;
    }

    /** Newest first, filtered by state and by a search in the address or the subject. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public List<MailSummary> page(@Nullable MailStatus status, @Nullable String search, int offset, int limit) {
        return store.page(status == null ? null : status.name(), search, offset, limit).stream()
                .map(MailLogService::summary)
                .toList();
    }

    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public int count(@Nullable MailStatus status, @Nullable String search) {
        return store.count(status == null ? null : status.name(), search);
    }

    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public Map<MailStatus, Long> totals() {
        Map<MailStatus, Long> totals = new EnumMap<>(MailStatus.class);
        for (MailStatus s : MailStatus.values()) {
            totals.put(s, 0L);
        }
        store.totals().forEach(row -> totals.put(MailStatus.valueOf(row.status()), row.count()));
        return totals;
    }

    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public MailDetails details(MailId id) {
        MailStore.Row row = store.find(id.value())
                .orElseThrow(
                        () -> new MailRefusedException(MailRefusedException.Reason.NOT_FOUND, "mail " + id.value()));
        return new MailDetails(
                summary(row),
                PersonalLinkText.masked(row.text()),
                PersonalLinkText.masked(row.html()),
                row.ics() != null,
                store.attempts(id.value()).stream()
                        .map(a -> new MailDetails.Attempt(a.at(), a.outcome(), a.error()))
                        .toList());
    }

    /** Queues a sent, failed or cancelled mail again, at once; its attempt history is kept. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public void resend(MailId id) {
        MailStore.Row row = store.find(id.value())
                .orElseThrow(
                        () -> new MailRefusedException(MailRefusedException.Reason.NOT_FOUND, "mail " + id.value()));
        if (!store.requeue(id.value(), clock.instant())) {
            throw new MailRefusedException(
                    row.status().equals("SENDING")
                            ? MailRefusedException.Reason.SENDING
                            : MailRefusedException.Reason.ALREADY_QUEUED,
                    "mail " + id.value() + " is " + row.status());
        }
    }

    /** Cancels a queued mail. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public void cancel(MailId id) {
        MailStore.Row row = store.find(id.value())
                .orElseThrow(
                        () -> new MailRefusedException(MailRefusedException.Reason.NOT_FOUND, "mail " + id.value()));
        if (!store.cancel(id.value(), clock.instant())) {
            throw new MailRefusedException(
                    row.status().equals("SENDING")
                            ? MailRefusedException.Reason.SENDING
                            : MailRefusedException.Reason.NOT_QUEUED,
                    "mail " + id.value() + " is " + row.status());
        }
    }

    /** Whether mails are sent at all (an SMTP server is configured). */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public boolean sending() {
        return dispatcher.configured();
    }

    /**
     * How many of a run's mails of each topic are in each state: counts only, no addresses or text,
     * for the run's mail page: its instructors' and the administrators' (refused for another run).
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public Map<MailTopic, Map<MailStatus, Long>> countsByTopic(CourseRunId run) {
        rosters.run(run);
        Map<MailTopic, Map<MailStatus, Long>> counts = new HashMap<>();
        for (MailStore.Row row : store.byTopicPrefix(MailTopic.runPrefix(run))) {
            counts.computeIfAbsent(MailTopic.parse(row.topic()), t -> new EnumMap<>(MailStatus.class))
                    .merge(MailStatus.valueOf(row.status()), 1L, Long::sum);
        }
        return counts;
    }

    private static MailSummary summary(MailStore.Row r) {
        return new MailSummary(
                new MailId(r.id()),
                r.to(),
                MailTopic.parse(r.topic()),
                r.subject(),
                MailStatus.valueOf(r.status()),
                r.attempts(),
                r.lastError(),
                r.sendAfter(),
                r.nextAttemptAt(),
                r.sentAt());
    }
}
