package dk.attestkursus.transfer;

import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.kernel.CoursePhases;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.transfer.domain.ActionPlanStore;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that says where the logged-in caseworker is in the course ({@link CoursePhase}), by
 * {@link CoursePhaseRule}: their run (the latest they have a place in, as the preparation and the
 * follow-ups use), the platform's clock and whether they answered the follow-ups.
 */
@Service
public class CoursePhaseService implements CoursePhases {

    private final CourseRunService runs;
    private final ActionPlanStore plans;
    private final CurrentUser currentUser;
    private final CoursePhaseRule rule;
    private final Clock clock;

    CoursePhaseService(
            CourseRunService runs, ActionPlanStore plans, CurrentUser currentUser, CoursePhaseRule rule, Clock clock) {
        this.runs = runs;
        this.plans = plans;
        this.currentUser = currentUser;
        this.rule = rule;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional(readOnly = true)
    public CoursePhase mine() {
        Optional<CourseRunSummary> run = runs.myCurrentRun();
        if (run.isEmpty()) {
            return CoursePhase.NOT_ENROLLED;
        }
        Instant now = clock.instant();
        Set<Checkpoint> answered = now.isBefore(run.get().endsAt())
                ? Set.of()
                : answered(plans.items(
                        currentUser.require().id().value(), run.get().id().value()));
        return rule.at(now, run.get(), answered);
    }

    /** The follow-ups at which every action of the plan is checked in (none without a plan). */
    static Set<Checkpoint> answered(List<ActionPlanStore.Item> actions) {
        Set<Checkpoint> answered = EnumSet.noneOf(Checkpoint.class);
        if (actions.isEmpty()) {
            return answered;
        }
        for (Checkpoint c : Checkpoint.values()) {
            if (actions.stream().allMatch(a -> a.checkIns().containsKey(c.name()))) {
                answered.add(c);
            }
        }
        return answered;
    }
}
