package dk.attestkursus.runmails;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.base.UniqueKeys;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.MailTemplate;
import dk.attestkursus.content.RenderedMail;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunRoster;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.kernel.DanishCalendar;
import dk.attestkursus.mail.MailOutbox;
import dk.attestkursus.mail.MailTopic;
import dk.attestkursus.mail.OutgoingMail;
import dk.attestkursus.runmails.domain.NudgeStore;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.transfer.ActionPlanService;
import dk.attestkursus.transfer.Checkpoint;
import dk.attestkursus.transfer.CoursePhaseRule;
import dk.attestkursus.transfer.FollowUpDates;
import dk.attestkursus.transfer.PrepService;
import dk.attestkursus.transfer.PrepStatus;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders by hand, to whom can act (issue 27): a run's instructors (and administrators) see who has
 * not prepared while the session is ahead, and who has not answered the follow-up that is due after it,
 * and send one reminder to exactly those: one mail per person per round, through the outbox. A round of
 * a kind goes at most once a day per run ({@link #BETWEEN_ROUNDS}), claimed in the database, so a double
 * click or two instances send one round; each mail's dedupe key names its round and recipient. Who lacks
 * what is read again when the round goes, so someone removed meanwhile, or done meanwhile, gets nothing.
 */
@Service
public class NudgeService {

    /** The least time between two rounds of the same kind to the same run: never a flood. */
    public static final Duration BETWEEN_ROUNDS = Duration.ofHours(24);

    private final RunRosterService rosters;
    private final PrepService prep;
    private final ActionPlanService actionPlans;
    private final FollowUpDates followUps;
    private final CoursePhaseRule phases;
    private final NudgeStore store;
    private final MailOutbox outbox;
    private final CourseContent content;
    private final MailTexts texts;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    NudgeService(
            RunRosterService rosters,
            PrepService prep,
            ActionPlanService actionPlans,
            FollowUpDates followUps,
            CoursePhaseRule phases,
            NudgeStore store,
            MailOutbox outbox,
            CourseContent content,
            MailTexts texts,
            AccountService accounts,
            CurrentUser currentUser,
            Clock clock) {
        this.rosters = rosters;
        this.prep = prep;
        this.actionPlans = actionPlans;
        this.followUps = followUps;
        this.phases = phases;
        this.store = store;
        this.outbox = outbox;
        this.content = content;
        this.texts = texts;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Who of the run can be reminded now, and when the last reminder went. Refused for a run one does not teach. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public NudgeOverview overview(CourseRunId runId) {
        RunRoster roster = rosters.roster(runId);
        Instant now = clock.instant();
        NudgeOverview situation = situation(roster.run(), now);
        NudgeKind kind = situation.kind();
        if (kind == null) {
            return situation;
        }
        NudgeStore.Round round = store.last(runId.value()).get(kind.name());
        NudgeOverview.SentRound last = null;
        Instant next = null;
        if (round != null) {
            String by = round.sentBy() == null
                    ? null
                    : accounts.displayNames(Set.of(new AccountId(round.sentBy())))
                            .get(new AccountId(round.sentBy()));
            last = new NudgeOverview.SentRound(round.sentAt(), by, round.recipients());
            Instant allowed = round.sentAt().plus(BETWEEN_ROUNDS);
            next = allowed.isAfter(now) ? allowed : null;
        }
        return new NudgeOverview(
                situation.stage(),
                situation.sessionStart(),
                situation.daysLeft(),
                situation.followUp(),
                situation.followUpOpens(),
                lacking(roster, situation),
                last,
                next);
    }

    /**
     * Sends the reminder of this kind to each participant who lacks it now, one mail each; returns how many.
     * Refused, with nothing written, when the kind does not fit where the run is, when nobody lacks it, and
     * when a reminder of the kind went to the run less than {@link #BETWEEN_ROUNDS} ago.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public int send(CourseRunId runId, NudgeKind kind) {
        RunRoster roster = rosters.roster(runId);
        Instant now = clock.instant();
        NudgeOverview situation = situation(roster.run(), now);
        if (situation.kind() != kind) {
            throw new NudgeRefusedException(
                    NudgeRefusedException.Reason.NOT_NOW, kind + " in stage " + situation.stage());
        }
        List<NudgeOverview.Person> people = lacking(roster, situation);
        if (people.isEmpty()) {
            throw new NudgeRefusedException(NudgeRefusedException.Reason.NO_ONE, kind + " of run " + runId.value());
        }
        Optional<Integer> round;
        try {
            round = store.claim(
                    runId.value(),
                    kind.name(),
                    now,
                    now.minus(BETWEEN_ROUNDS),
                    currentUser.require().id().value(),
                    people.size());
        } catch (DataIntegrityViolationException e) {
            UniqueKeys.rethrowUnlessLostRace(e); // another window or instance sent the first round just now
            round = Optional.empty();
        }
        if (round.isEmpty()) {
            throw new NudgeRefusedException(NudgeRefusedException.Reason.TOO_SOON, kind + " of run " + runId.value());
        }
        return enqueue(roster, situation, kind, people, round.get(), now);
    }

    private int enqueue(
            RunRoster roster,
            NudgeOverview situation,
            NudgeKind kind,
            List<NudgeOverview.Person> people,
            int round,
            Instant now) {
        Course course = content.course();
        MailTemplate template = course.transfer()
                .mail(kind.template())
                .orElseThrow(() -> new IllegalStateException("No mail template " + kind.template()));
        // The links and dates of the wave the reminder repeats: the preparation's, or the due follow-up's.
        TransferMail basis = kind == NudgeKind.PREPARATION
                ? TransferMail.REMINDER
                : situation.followUp() == Checkpoint.SECOND ? TransferMail.FOLLOW_UP_2 : TransferMail.FOLLOW_UP_1;
        Map<String, String> common = texts.common(course, roster, basis);
        Map<AccountId, RunRoster.Person> byId = new HashMap<>();
        roster.participants().forEach(p -> byId.put(p.id(), p));
        MailTopic topic = MailTopic.ofRun(roster.run().id(), kind.topicKind());
        int queued = 0;
        for (NudgeOverview.Person person : people) {
            RunRoster.Person to = byId.get(person.id());
            Map<String, String> values = new HashMap<>(common);
            values.put("navn", to.name());
            if (kind == NudgeKind.PREPARATION) {
                values.put("manglende_opgaver", texts.missing(status(person.missing())));
            }
            RenderedMail mail = template.render(values);
            if (outbox.enqueue(new OutgoingMail(
                    topic.dedupeKey(round + "-" + to.id().value()),
                    to.email(),
                    to.id(),
                    topic,
                    mail.subject(),
                    mail.text(),
                    mail.html(),
                    null,
                    // Sent at night or at a weekend, it waits for the next working morning (issue 27).
                    DanishCalendar.withinWorkingHours(now, TimeConfig.ZONE)))) {
                queued++;
            }
        }
        return queued;
    }

    /** Where the run is at {@code now}, without its people yet. */
    private NudgeOverview situation(CourseRunSummary run, Instant now) {
        long daysLeft = ChronoUnit.DAYS.between(
                now.atZone(TimeConfig.ZONE).toLocalDate(),
                run.startsAt().atZone(TimeConfig.ZONE).toLocalDate());
        NudgeOverview.Stage stage;
        Checkpoint followUp = null;
        Instant opens = null;
        Instant first = followUps.opens(Checkpoint.FIRST, run);
        Instant second = followUps.opens(Checkpoint.SECOND, run);
        if (run.cancelled()) {
            stage = NudgeOverview.Stage.CANCELLED;
        } else if (now.isBefore(run.startsAt())) {
            stage = NudgeOverview.Stage.PREPARATION;
        } else if (!now.isBefore(phases.doneBy(run))) {
            stage = NudgeOverview.Stage.OVER;
        } else if (!now.isBefore(second)) {
            stage = NudgeOverview.Stage.FOLLOW_UP;
            followUp = Checkpoint.SECOND;
            opens = second;
        } else if (!now.isBefore(first)) {
            stage = NudgeOverview.Stage.FOLLOW_UP;
            followUp = Checkpoint.FIRST;
            opens = first;
        } else {
            stage = NudgeOverview.Stage.WAITING;
            followUp = Checkpoint.FIRST;
            opens = first;
        }
        return new NudgeOverview(stage, run.startsAt(), daysLeft, followUp, opens, List.of(), null, null);
    }

    /** The run's active participants who lack what the stage asks for, by name. */
    private List<NudgeOverview.Person> lacking(RunRoster roster, NudgeOverview situation) {
        NudgeKind kind = situation.kind();
        if (kind == null) {
            return List.of();
        }
        Comparator<NudgeOverview.Person> byName =
                Comparator.comparing(NudgeOverview.Person::name, Collator.getInstance(MailTexts.DANISH));
        if (kind == NudgeKind.PREPARATION) {
            Map<AccountId, PrepStatus> status = prep.ofRun(roster.run().id());
            return roster.participants().stream()
                    .filter(p ->
                            status.containsKey(p.id()) && !status.get(p.id()).done())
                    .map(p -> new NudgeOverview.Person(
                            p.id(), p.name(), status.get(p.id()).missing()))
                    .sorted(byName)
                    .toList();
        }
        Map<AccountId, Set<Checkpoint>> answered =
                actionPlans.answeredOfRun(roster.run().id());
        Checkpoint due = situation.followUp();
        return roster.participants().stream()
                .filter(p ->
                        answered.containsKey(p.id()) && !answered.get(p.id()).contains(due))
                .map(p -> new NudgeOverview.Person(p.id(), p.name(), List.of()))
                .sorted(byName)
                .toList();
    }

    private static PrepStatus status(List<PrepStatus.Task> missing) {
        return new PrepStatus(
                !missing.contains(PrepStatus.Task.SELF_ASSESSMENT),
                !missing.contains(PrepStatus.Task.MYTH_GUESSES),
                !missing.contains(PrepStatus.Task.BASELINE_REQUEST));
    }
}
