package dk.attestkursus.transfer;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunRoster;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.transfer.domain.ActionPlanStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each caseworker's action plan, written in the session, and the check-ins at the follow-ups ("tried
 * it / not yet / what got in the way"). Only the caseworker sees their own plan.
 */
@Service
public class ActionPlanService {

    /** Plans can be written from this long before the session starts (people arrive early). */
    static final Duration OPENS_BEFORE_SESSION = Duration.ofHours(1);

    static final int MAX_CHANGE = 300;
    static final int MAX_WHEN = 100;
    static final int MAX_OBSTACLE = 500;

    private final ActionPlanStore store;
    private final ParticipantRun participant;
    private final FollowUpDates followUps;
    private final Clock clock;
    private final RunRosterService rosters;

    ActionPlanService(
            ActionPlanStore store,
            ParticipantRun participant,
            FollowUpDates followUps,
            Clock clock,
            RunRosterService rosters) {
        this.store = store;
        this.participant = participant;
        this.followUps = followUps;
        this.clock = clock;
        this.rosters = rosters;
    }

    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional(readOnly = true)
    public ActionPlan myPlan() {
        CourseRunSummary run = participant.run();
        Instant now = clock.instant();
        Instant from = run.startsAt().minus(OPENS_BEFORE_SESSION);
        List<ActionPlan.Action> actions = store.items(participant.me(), run.id().value()).stream()
                .map(ActionPlanService::action)
                .toList();
        Map<Checkpoint, Instant> opens = new EnumMap<>(Checkpoint.class);
        for (Checkpoint c : Checkpoint.values()) {
            opens.put(c, followUps.opens(c, run));
        }
        return new ActionPlan(run.name(), actions, !now.isBefore(from), from, opens, now);
    }

    /** Saves the plan: 1-3 actions, each with a change and when it will be tried; no CPR numbers. */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional
    public ActionPlan save(List<ActionPlan.ActionInput> actions) {
        CourseRunSummary run = participant.run();
        if (clock.instant().isBefore(run.startsAt().minus(OPENS_BEFORE_SESSION))) {
            throw new TransferRefusedException(TransferRefusedException.Reason.NOT_OPEN, "action plan");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<ActionPlan.ActionInput> kept = actions.stream()
                .filter(a -> !(a.change().isBlank() && a.when().isBlank()))
                .toList();
        if (kept.isEmpty()) {
            errors.put("actions", "transfer.error.noActions");
        } else if (kept.size() > ActionPlan.MAX_ACTIONS) {
            errors.put("actions", "transfer.error.tooManyActions");
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < kept.size() && i < ActionPlan.MAX_ACTIONS; i++) {
            ActionPlan.ActionInput a = kept.get(i);
            TextRules.check(errors, i + ".change", a.change(), true, MAX_CHANGE);
            TextRules.check(errors, i + ".when", a.when(), true, MAX_WHEN);
            rows.add(new String[] {a.change().strip(), a.when().strip()});
        }
        if (!errors.isEmpty()) {
            throw new TransferValidationException(errors);
        }
        store.replace(participant.me(), run.id().value(), rows, clock.instant());
        return myPlan();
    }

    /**
     * Records how each action went by the follow-up: tried it or not yet (one of them for every
     * action), and optionally what got in the way. Open from the follow-up's date.
     */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional
    public ActionPlan checkIn(Checkpoint checkpoint, Map<ActionPlanItemId, ActionPlan.CheckInInput> answers) {
        ActionPlan plan = myPlan();
        if (!plan.isOpen(checkpoint)) {
            throw new TransferRefusedException(TransferRefusedException.Reason.NOT_OPEN, checkpoint.name());
        }
        if (plan.actions().isEmpty()) {
            throw new TransferValidationException(Map.of("actions", "transfer.error.noPlan"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (ActionPlan.Action action : plan.actions()) {
            ActionPlan.CheckInInput answer = answers.get(action.id());
            String field = String.valueOf(action.position() - 1);
            if (answer == null || answer.outcome() == null) {
                errors.put(field + ".outcome", "transfer.error.outcome");
            }
            TextRules.check(
                    errors, field + ".obstacle", answer == null ? null : answer.obstacle(), false, MAX_OBSTACLE);
        }
        if (!errors.isEmpty()) {
            throw new TransferValidationException(errors);
        }
        Instant now = clock.instant();
        for (ActionPlan.Action action : plan.actions()) {
            ActionPlan.CheckInInput answer = answers.get(action.id());
            store.checkIn(
                    action.id().value(),
                    checkpoint.name(),
                    Objects.requireNonNull(answer.outcome()).name(),
                    TextRules.blankToNull(answer.obstacle()),
                    now);
        }
        return myPlan();
    }

    /**
     * The follow-ups each of a run's active participants has answered: those at which every action of
     * their plan is checked in (none without a plan), the rule {@link CoursePhaseService} places a
     * caseworker by. For the run's instructors (refused for a run they do not teach), administrators and
     * the system; whether a follow-up is due is the caller's question ({@link FollowUpDates}).
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_ADMIN_OR_SYSTEM)
    @Transactional(readOnly = true)
    public Map<AccountId, Set<Checkpoint>> answeredOfRun(CourseRunId run) {
        RunRoster roster = rosters.roster(run);
        Map<Long, ActionPlanStore.RunCheckIns> plans = store.checkInsOfRun(run.value());
        Map<AccountId, Set<Checkpoint>> answered = new LinkedHashMap<>();
        for (RunRoster.Person person : roster.participants()) {
            ActionPlanStore.RunCheckIns plan = plans.get(person.id().value());
            Set<Checkpoint> done = EnumSet.noneOf(Checkpoint.class);
            if (plan != null && plan.actions() > 0) {
                for (Checkpoint c : Checkpoint.values()) {
                    if (plan.checkedIn().getOrDefault(c.name(), 0) >= plan.actions()) {
                        done.add(c);
                    }
                }
            }
            answered.put(person.id(), done);
        }
        return answered;
    }

    private static ActionPlan.Action action(ActionPlanStore.Item item) {
        Map<Checkpoint, ActionPlan.CheckIn> checkIns = new EnumMap<>(Checkpoint.class);
        item.checkIns()
                .forEach((k, v) -> checkIns.put(
                        Checkpoint.valueOf(k),
                        new ActionPlan.CheckIn(CheckInOutcome.valueOf(v.outcome()), v.obstacle(), v.answeredAt())));
        return new ActionPlan.Action(
                new ActionPlanItemId(item.id()), item.position(), item.change(), item.when(), checkIns);
    }
}
