package dk.attestkursus.runmails;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.MailTemplate;
import dk.attestkursus.content.RenderedMail;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunRoster;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.mail.CalendarInvite;
import dk.attestkursus.mail.MailOutbox;
import dk.attestkursus.mail.MailStatus;
import dk.attestkursus.mail.MailTopic;
import dk.attestkursus.mail.OutgoingMail;
import dk.attestkursus.runmails.domain.MailPlanStore;
import dk.attestkursus.runmails.domain.RunCalendarStore;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of plan that reach calendars (issue 23, docs/decisions/025): when a run's session moves after
 * its invitations went out, everyone in it (participants and instructors) gets an updated invitation with
 * the run's UID and a higher SEQUENCE; a withdrawn participant gets a cancellation of their appointment;
 * a cancelled run sends everyone the reason and a cancellation, and no more of its mails go out. Each
 * change raises the run's SEQUENCE once, and every mail has a dedupe key of the change and the person.
 */
@Component
class CalendarMails {

    /** The template of an update (new time or place). */
    static final String CHANGED = "kalender-aendring";
    /** The template of a cancelled run, with its reason. */
    static final String CANCELLED = "kalender-aflysning";
    /** The template to a participant taken out of the run. */
    static final String WITHDRAWN = "kalender-afmelding";

    private final RunRosterService rosters;
    private final RunCalendarStore calendars;
    private final MailPlanStore plans;
    private final MailOutbox outbox;
    private final AccountService accounts;
    private final CourseContent content;
    private final MailTexts texts;

    CalendarMails(
            RunRosterService rosters,
            RunCalendarStore calendars,
            MailPlanStore plans,
            MailOutbox outbox,
            AccountService accounts,
            CourseContent content,
            MailTexts texts) {
        this.rosters = rosters;
        this.calendars = calendars;
        this.plans = plans;
        this.outbox = outbox;
        this.accounts = accounts;
        this.content = content;
        this.texts = texts;
    }

    /**
     * The session moved: an update to everyone in the run, if the invitations went out (before that, the
     * introduction will carry the new time). Returns how many mails were queued.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int rescheduled(CourseRunId runId, Instant now) {
        if (!plans.queued(runId.value(), TransferMail.INTRO.key())) {
            return 0;
        }
        RunRoster roster = rosters.roster(runId);
        if (roster.run().cancelled()) {
            return 0;
        }
        Optional<RunCalendarStore.Event> event = calendars.raise(runId.value(), now);
        return event.map(e -> enqueue(roster, CHANGED, e, CalendarInvite.Kind.REQUEST, everyone(roster), Map.of(), now))
                .orElse(0);
    }

    /**
     * The run was cancelled: its queued mails are cancelled, and everyone in it is told why, with a
     * cancellation of the appointment if the invitations went out. Returns how many mails were queued.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelled(CourseRunId runId, String reason, Instant now) {
        outbox.cancelQueued(runId);
        RunRoster roster = rosters.roster(runId);
        RunCalendarStore.Event event = plans.queued(runId.value(), TransferMail.INTRO.key())
                ? calendars.raise(runId.value(), now).orElse(null)
                : null;
        return enqueue(
                roster, CANCELLED, event, CalendarInvite.Kind.CANCEL, everyone(roster), Map.of("aarsag", reason), now);
    }

    /**
     * A participant left the run: if their invitation was delivered, a cancellation takes the appointment
     * out of their calendar (one still queued was cancelled with their other mails). Returns 0 or 1.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int withdrawn(CourseRunId runId, AccountId who, Instant now) {
        MailOutbox.MailState intro = outbox.latest(MailTopic.ofRun(runId, TransferMail.INTRO.key()), List.of(who))
                .get(who);
        if (intro == null || intro.status() != MailStatus.SENT) {
            return 0;
        }
        RunRoster roster = rosters.roster(runId);
        if (roster.run().cancelled()) {
            return 0; // moved out of a cancelled run: the cancellation reached their calendar already
        }
        AccountSummary account = accounts.summaries(List.of(who)).get(who);
        Optional<RunCalendarStore.Event> event = calendars.raise(runId.value(), now);
        if (account == null || event.isEmpty()) {
            return 0;
        }
        RunRoster.Person person =
                new RunRoster.Person(who, account.displayName(), account.email(), null, java.util.Set.of());
        return enqueue(roster, WITHDRAWN, event.get(), CalendarInvite.Kind.CANCEL, List.of(person), Map.of(), now);
    }

    /** The participants and the instructors, each once (an instructor may be enrolled as both). */
    private static List<RunRoster.Person> everyone(RunRoster roster) {
        Map<AccountId, RunRoster.Person> people = new LinkedHashMap<>();
        roster.participants().forEach(p -> people.putIfAbsent(p.id(), p));
        roster.instructors().forEach(p -> people.putIfAbsent(p.id(), p));
        return List.copyOf(people.values());
    }

    private int enqueue(
            RunRoster roster,
            String templateId,
            RunCalendarStore.@Nullable Event event,
            CalendarInvite.Kind kind,
            List<RunRoster.Person> people,
            Map<String, String> extra,
            Instant now) {
        MailTemplate template = content.course()
                .transfer()
                .mail(templateId)
                .orElseThrow(() -> new IllegalStateException("No mail template " + templateId));
        Map<String, String> common = texts.common(content.course(), roster, TransferMail.INTRO);
        common.putAll(extra);
        MailTopic topic = MailTopic.ofRun(roster.run().id(), templateId);
        String change = event == null ? "uden-kalender" : String.valueOf(event.sequence());
        int queued = 0;
        for (RunRoster.Person person : people) {
            Map<String, String> values = new HashMap<>(common);
            values.put("navn", person.name());
            RenderedMail rendered = template.render(values);
            boolean added = outbox.enqueue(new OutgoingMail(
                    topic.dedupeKey(change + "-" + person.id().value()),
                    person.email(),
                    person.id(),
                    topic,
                    rendered.subject(),
                    rendered.text(),
                    rendered.html(),
                    event == null ? null : texts.invite(roster, event, person, kind),
                    now));
            queued += added ? 1 : 0;
        }
        return queued;
    }
}
