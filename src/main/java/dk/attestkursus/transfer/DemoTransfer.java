package dk.attestkursus.transfer;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Survey;
import dk.attestkursus.courserun.DemoRunSeeded;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.transfer.domain.ActionPlanStore;
import dk.attestkursus.transfer.domain.SelfAssessmentStore;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo transfer for the held demo run's team: the self-assessment before the course and at the first
 * follow-up (higher), an action plan each and how it went at the first follow-up (tried, or not yet
 * with what got in the way). Profile {@code demo}; made when the demo runs are ({@link DemoRunSeeded}, in
 * that transaction).
 */
@Component
@Profile("demo")
class DemoTransfer {

    private static final String[] CHANGES = {
        "Skriv formålet med attesten først",
        "Stil højst tre konkrete spørgsmål",
        "Ring til praksiskonsulenten, når jeg er i tvivl om attesten"
    };
    /** What got in the way for those who have not tried yet (null: tried). */
    private static final @Nullable String[] OBSTACLES = {
        null, null, "Der var ikke tid i en travl uge", null, "Jeg har ikke haft en passende sag endnu", null
    };

    private final CourseContent content;
    private final SelfAssessmentStore selfAssessments;
    private final ActionPlanStore plans;
    private final SystemUser system;
    private final Clock clock;

    DemoTransfer(
            CourseContent content,
            SelfAssessmentStore selfAssessments,
            ActionPlanStore plans,
            SystemUser system,
            Clock clock) {
        this.content = content;
        this.selfAssessments = selfAssessments;
        this.plans = plans;
        this.system = system;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DemoRunSeeded seeded) {
        long runId = seeded.heldRun().value();
        List<Long> team = seeded.team().stream().map(AccountId::value).toList();
        List<Survey.Statement> statements =
                system.call(content::course).transfer().selfAssessment().statements();
        Instant now = clock.instant();
        for (int i = 0; i < team.size(); i++) {
            long account = team.get(i);
            selfAssessments.save(
                    account,
                    runId,
                    Phase.BEFORE.name(),
                    scores(statements, 2 + i % 2),
                    null,
                    now.minusSeconds(76L * 86_400),
                    -1);
            selfAssessments.save(
                    account,
                    runId,
                    Phase.FOLLOW_UP_1.name(),
                    scores(statements, 3 + i % 2),
                    null,
                    now.minusSeconds(56L * 86_400),
                    -1);
            plans.replace(
                    account,
                    runId,
                    List.of(
                            new String[] {CHANGES[i % CHANGES.length], "Fra næste uge"},
                            new String[] {CHANGES[(i + 1) % CHANGES.length], "Ved næste anmodning"}),
                    now.minusSeconds(70L * 86_400));
            String obstacle = OBSTACLES[i];
            for (ActionPlanStore.Item item : plans.items(account, runId)) {
                plans.checkIn(
                        item.id(),
                        Checkpoint.FIRST.name(),
                        obstacle == null ? CheckInOutcome.TRIED.name() : CheckInOutcome.NOT_YET.name(),
                        obstacle,
                        now.minusSeconds(56L * 86_400));
            }
        }
    }

    /** Every statement scored around the level (one step lower on every third statement). */
    private static Map<String, Integer> scores(List<Survey.Statement> statements, int level) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int s = 0; s < statements.size(); s++) {
            scores.put(statements.get(s).key(), Math.max(1, s % 3 == 2 ? level - 1 : level));
        }
        return scores;
    }
}
