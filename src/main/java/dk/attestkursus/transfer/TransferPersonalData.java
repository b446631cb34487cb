package dk.attestkursus.transfer;

import dk.attestkursus.base.Chunks;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.ObstacleGroup;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.privacy.PersonalColumn;
import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.privacy.PersonalData;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.transfer.domain.ActionPlanStore;
import dk.attestkursus.transfer.domain.SelfAssessmentStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Transfer's personal data (issue 25): a caseworker's self-assessments and action plan with its
 * check-ins. Erasing or purging takes the texts (the open answers, the planned changes and when, the
 * obstacles) and keeps what feeds the leaders' figures ({@link TransferStatisticsService}): the
 * self-assessment rows and scores by account and phase, the actions and their check-ins' outcomes. An
 * obstacle feeds two figures, "blocked" (an obstacle was named) and the obstacle groups (its words), so
 * it is not emptied but replaced by a text that names only the group it fell in ({@link #anonymous}).
 */
@Component
class TransferPersonalData implements PersonalData {

    /** What stands for an erased obstacle that fell in no group: no words, yet not blank. */
    static final String OTHER_OBSTACLE = "–";

    private final SelfAssessmentStore assessments;
    private final ActionPlanStore plans;
    private final CourseContent content;
    private final RunRosterService runs;

    TransferPersonalData(
            SelfAssessmentStore assessments, ActionPlanStore plans, CourseContent content, RunRosterService runs) {
        this.assessments = assessments;
        this.plans = plans;
        this.content = content;
        this.runs = runs;
    }

    @Override
    public String key() {
        return "transfer";
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(
                PersonalColumn.of("self_assessment", "account_id", Erasure.ANONYMOUS),
                PersonalColumn.of("action_item", "account_id", Erasure.ANONYMOUS));
    }

    /** A self-assessment as answered: scores per statement and the open answer. */
    record SelfAssessmentRecord(
            long courseRun,
            String phase,
            Instant answeredAt,
            Map<String, Integer> scores,
            @Nullable String openAnswer) {}

    /** One action of the plan with its check-ins. */
    record ActionRecord(
            long courseRun,
            int position,
            String change,
            String when,
            Instant updatedAt,
            List<CheckInRecord> checkIns) {}

    record CheckInRecord(
            String checkpoint, String outcome, @Nullable String obstacle, Instant answeredAt) {}

    @Override
    public FeatureExport export(AccountId person) {
        List<SelfAssessmentRecord> answers = assessments.ofAccount(person.value()).stream()
                .map(o -> new SelfAssessmentRecord(
                        o.run(),
                        o.answers().phase(),
                        o.answers().answeredAt(),
                        o.answers().scores(),
                        o.answers().openAnswer()))
                .toList();
        List<ActionRecord> actions = plans.ofAccount(person.value()).stream()
                .map(o -> new ActionRecord(
                        o.run(),
                        o.item().position(),
                        o.item().change(),
                        o.item().when(),
                        o.item().updatedAt(),
                        o.item().checkIns().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(
                                        k -> Checkpoint.valueOf(k).ordinal())))
                                .map(e -> new CheckInRecord(
                                        e.getKey(),
                                        e.getValue().outcome(),
                                        e.getValue().obstacle(),
                                        e.getValue().answeredAt()))
                                .toList()))
                .toList();
        Map<String, List<?>> data = new LinkedHashMap<>();
        data.put("selfAssessments", answers);
        data.put("actionPlan", actions);
        return FeatureExport.of(data);
    }

    @Override
    public void erase(AccountId person) {
        assessments.clearOpenAnswers(person.value());
        plans.blankTexts(person.value());
        anonymise(plans.obstaclesOf(person.value()), true);
    }

    /**
     * The open answers, action texts and obstacles of runs whose last follow-up was before
     * {@code followUpBefore}; scores, actions and outcomes stay.
     */
    @Override
    public int retention(Instant followUpBefore, boolean purge) {
        List<Long> expired = runs.runsFollowedUpBefore(followUpBefore).stream()
                .map(CourseRunId::value)
                .toList();
        int count = 0;
        for (List<Long> chunk : Chunks.of(expired)) {
            count += purge ? assessments.clearOpenAnswersOfRuns(chunk) : assessments.countOpenAnswersOfRuns(chunk);
            count += purge ? plans.blankTextsOfRuns(chunk) : plans.countTextsOfRuns(chunk);
            count += anonymise(plans.obstaclesOfRuns(chunk), purge);
        }
        return count;
    }

    /** Replaces (or counts) the obstacles that still say more than their group; how many. */
    private int anonymise(List<ActionPlanStore.Obstacle> obstacles, boolean replace) {
        List<ObstacleGroup> groups = content.course().transfer().obstacleGroups();
        int count = 0;
        for (ActionPlanStore.Obstacle o : obstacles) {
            String anonymous = anonymous(o.text(), groups);
            if (!anonymous.equals(o.text())) {
                count++;
                if (replace) {
                    plans.replaceObstacle(o.itemId(), o.checkpoint(), anonymous);
                }
            }
        }
        return count;
    }

    /**
     * The obstacle as the figures read it and no more: one of its group's words in brackets, chosen so the
     * group is still the first that matches (results count an obstacle in the first matching group), or
     * {@link #OTHER_OBSTACLE} when it fell in none. Idempotent: an anonymous text stays as it is.
     */
    static String anonymous(String obstacle, List<ObstacleGroup> groups) {
        ObstacleGroup group = firstMatch(obstacle, groups);
        if (group == null) {
            return OTHER_OBSTACLE;
        }
        for (String word : group.words()) {
            String candidate = "(" + word + ")";
            if (firstMatch(candidate, groups) == group) {
                return candidate;
            }
        }
        // No word of its own picks the group first; its title then, as close as the words allow.
        return "(" + group.title() + ")";
    }

    private static @Nullable ObstacleGroup firstMatch(String text, List<ObstacleGroup> groups) {
        return groups.stream().filter(g -> g.matches(text)).findFirst().orElse(null);
    }
}
