package dk.attestkursus.runmails;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.MailTemplate;
import dk.attestkursus.content.RenderedMail;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunRoster;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.mail.CalendarInvite;
import dk.attestkursus.mail.MailOutbox;
import dk.attestkursus.mail.MailSettings;
import dk.attestkursus.mail.MailTopic;
import dk.attestkursus.mail.OutgoingMail;
import dk.attestkursus.runmails.domain.MailPlanStore;
import dk.attestkursus.runmails.domain.RunCalendarStore;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.transfer.PrepService;
import dk.attestkursus.transfer.PrepStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a run's mail to the outbox: for a whole wave when it falls due (claimed once, in the same
 * transaction as the outbox rows), or for one person who joined after their wave went out. Every mail
 * has a dedupe key of run, mail and recipient, so no one gets the same mail twice.
 */
@Component
class MailWaves {

    private final RunRosterService rosters;
    private final PrepService prep;
    private final MailPlanStore plans;
    private final MailOutbox outbox;
    private final CourseContent content;
    private final MailTexts texts;
    private final MailSchedule schedule;
    private final RunCalendarStore calendars;
    private final MailSettings settings;

    MailWaves(
            RunRosterService rosters,
            PrepService prep,
            MailPlanStore plans,
            MailOutbox outbox,
            CourseContent content,
            MailTexts texts,
            MailSchedule schedule,
            RunCalendarStore calendars,
            MailSettings settings) {
        this.calendars = calendars;
        this.settings = settings;
        this.rosters = rosters;
        this.prep = prep;
        this.plans = plans;
        this.outbox = outbox;
        this.content = content;
        this.texts = texts;
        this.schedule = schedule;
    }

    /**
     * Queues the wave if no one has: returns how many mails went to the outbox, or -1 when another
     * instance (or an earlier call) had claimed it. A preparation mail due after the session started is
     * recorded as skipped.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public int queue(CourseRunId runId, TransferMail mail, Instant now) {
        RunRoster roster = rosters.roster(runId);
        if (schedule.tooLate(mail, roster.run(), now) || superseded(roster, mail, now)) {
            return plans.claim(runId.value(), mail.key(), now, "SKIPPED", 0) ? 0 : -1;
        }
        List<RunRoster.Person> recipients = recipients(roster, mail);
        if (!plans.claim(runId.value(), mail.key(), now, "QUEUED", recipients.size())) {
            return -1;
        }
        enqueue(roster, mail, recipients, now);
        return recipients.size();
    }

    /** Sends the wave's mail to people who joined after it went out (the mails they missed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void catchUp(CourseRunId runId, Collection<AccountId> joined, Instant now) {
        RunRoster roster = rosters.roster(runId);
        for (TransferMail mail : TransferMail.values()) {
            if (mail == TransferMail.REMINDER
                    || schedule.tooLate(mail, roster.run(), now)
                    || superseded(roster, mail, now)
                    || !plans.queued(runId.value(), mail.key())) {
                continue;
            }
            List<RunRoster.Person> people = mail.toLeaders()
                    ? roster.leaders().stream()
                            .filter(l -> roster.participants().stream()
                                    .anyMatch(p -> joined.contains(p.id()) && l.leadsTeamOf(p)))
                            .toList()
                    : roster.participants().stream()
                            .filter(p -> joined.contains(p.id()))
                            .toList();
            enqueue(roster, mail, people, now);
        }
    }

    /** Whether a later mail of the same kind is due already, so this one is no longer the current one. */
    private boolean superseded(RunRoster roster, TransferMail mail, Instant now) {
        if (mail != TransferMail.FOLLOW_UP_1) {
            return false;
        }
        MailPlanStore.Row next = plans.rows(roster.run().id().value()).get(TransferMail.FOLLOW_UP_2.key());
        return schedule.superseded(mail, roster.run(), next == null ? null : next.sendAt(), now);
    }

    /** The mail as one recipient would get it (the first one, or a stand-in when the run has none). */
    RenderedMail preview(RunRoster roster, TransferMail mail, String standInName) {
        Course course = content.course();
        Map<String, String> values = texts.common(course, roster, mail);
        List<RunRoster.Person> people = mail.toLeaders() ? roster.leaders() : roster.participants();
        values.put("navn", people.isEmpty() ? standInName : people.getFirst().name());
        if (mail == TransferMail.REMINDER) {
            values.put("manglende_opgaver", texts.missing(new PrepStatus(false, false, false)));
        }
        return template(course, mail).render(values);
    }

    private List<RunRoster.Person> recipients(RunRoster roster, TransferMail mail) {
        if (mail.toLeaders()) {
            return roster.leaders();
        }
        if (mail != TransferMail.REMINDER) {
            return roster.participants();
        }
        Map<AccountId, PrepStatus> status = prep.ofRun(roster.run().id());
        return roster.participants().stream()
                .filter(p -> !status.get(p.id()).done())
                .toList();
    }

    private void enqueue(RunRoster roster, TransferMail mail, List<RunRoster.Person> people, Instant now) {
        if (people.isEmpty()) {
            return;
        }
        Course course = content.course();
        MailTemplate template = template(course, mail);
        Map<String, String> common = texts.common(course, roster, mail);
        Map<AccountId, PrepStatus> status =
                mail == TransferMail.REMINDER ? prep.ofRun(roster.run().id()) : Map.of();
        MailTopic topic = MailTopic.ofRun(roster.run().id(), mail.key());
        // The introduction puts the session in the calendar under the run's own UID, made once (decision 025).
        RunCalendarStore.Event event =
                mail == TransferMail.INTRO ? calendars.ensure(roster.run().id().value(), newUid(settings), now) : null;
        for (RunRoster.Person person : people) {
            Map<String, String> values = new HashMap<>(common);
            values.put("navn", person.name());
            if (mail.toLeaders()) {
                values.put(
                        "antal_deltagere",
                        String.valueOf(roster.participants().stream()
                                .filter(person::leadsTeamOf)
                                .count()));
            }
            if (status.containsKey(person.id())) {
                values.put("manglende_opgaver", texts.missing(status.get(person.id())));
            }
            RenderedMail rendered = template.render(values);
            outbox.enqueue(new OutgoingMail(
                    topic.dedupeKey(String.valueOf(person.id().value())),
                    person.email(),
                    person.id(),
                    topic,
                    rendered.subject(),
                    rendered.text(),
                    rendered.html(),
                    event == null ? null : texts.invite(roster, event, person, CalendarInvite.Kind.REQUEST),
                    now));
        }
    }

    /** A UID no other event anywhere has: random, in the sender's domain (RFC 5545 3.8.4.7). */
    static String newUid(MailSettings settings) {
        return "kursus-" + UUID.randomUUID() + "@" + settings.domain();
    }

    private static MailTemplate template(Course course, TransferMail mail) {
        return course.transfer()
                .mail(mail.key())
                .orElseThrow(() -> new IllegalStateException("No mail template " + mail.key()));
    }
}
