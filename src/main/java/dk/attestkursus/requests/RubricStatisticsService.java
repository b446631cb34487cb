package dk.attestkursus.requests;

import dk.attestkursus.base.Chunks;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.PeopleInReach;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.requests.domain.AccountCriterionScores;
import dk.attestkursus.requests.domain.CriterionScores;
import dk.attestkursus.requests.domain.MunicipalCriterionScores;
import dk.attestkursus.requests.domain.ReviewScoreRepository;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quality of a group's own-case requests as the instructors scored them with the rubric, summed
 * per criterion, for leaders' before/after results. The first version counts (the request as written,
 * before the instructors' feedback), and only once its review is returned. Never per person.
 */
@Service
public class RubricStatisticsService {

    private final ReviewScoreRepository scores;
    private final CourseContent content;
    private final PeopleInReach reach;

    RubricStatisticsService(ReviewScoreRepository scores, CourseContent content, PeopleInReach reach) {
        this.scores = scores;
        this.content = content;
        this.reach = reach;
    }

    /** Sums per criterion over the own-case request written before or after the course. */
    @PreAuthorize(AppRoles.HAS_LEADER_OR_ADMIN)
    @Transactional(readOnly = true)
    public RubricTotals ownCase(Writing.OwnCase when, Collection<AccountId> accounts) {
        reach.requireGroup(accounts);
        Writing.Exercise exercise = content.course().writing().ownCase(when).orElse(null);
        Map<String, RubricTotals.Sum> sums = new HashMap<>();
        if (exercise == null) {
            return new RubricTotals(sums);
        }
        for (List<AccountId> chunk : Chunks.of(accounts)) {
            for (CriterionScores row : scores.firstVersionScores(
                    exercise.id(), chunk.stream().map(AccountId::value).toList())) {
                sums.merge(
                        row.criterion(),
                        new RubricTotals.Sum(row.sum(), Math.toIntExact(row.count())),
                        RubricTotals.Sum::plus);
            }
        }
        return new RubricTotals(sums);
    }

    /**
     * {@link #ownCase} before and after for many groups at once (each account mapped to its group), with the
     * same sums per group: one statement for all of them and both requests ({@link Chunks#about}: many
     * accounts are not listed), summed into the groups here, so no one's scores leave. Every group of five
     * people or more in the caller's reach ({@link PeopleInReach#requireGroups}).
     */
    @PreAuthorize(AppRoles.HAS_LEADER_OR_ADMIN)
    @Transactional(readOnly = true)
    public <K> Map<Writing.OwnCase, Map<K, RubricTotals>> ownCasesByGroup(Map<AccountId, K> groupOf) {
        reach.requireGroups(groupOf);
        Map<String, List<Writing.OwnCase>> whenOf = new HashMap<>();
        Map<Writing.OwnCase, Map<K, Map<String, RubricTotals.Sum>>> sums = new EnumMap<>(Writing.OwnCase.class);
        for (Writing.OwnCase when : Writing.OwnCase.values()) {
            content.course()
                    .writing()
                    .ownCase(when)
                    .ifPresent(exercise -> whenOf.computeIfAbsent(exercise.id(), e -> new ArrayList<>())
                            .add(when));
            Map<K, Map<String, RubricTotals.Sum>> ofGroups = new HashMap<>();
            groupOf.values().forEach(group -> ofGroups.computeIfAbsent(group, g -> new HashMap<>()));
            sums.put(when, ofGroups);
        }
        if (!whenOf.isEmpty()) {
            for (AccountCriterionScores row : Chunks.about(
                    groupOf.keySet().stream().map(AccountId::value).toList(),
                    AccountCriterionScores::accountId,
                    () -> scores.firstVersionScoresOfEveryone(whenOf.keySet()),
                    ids -> scores.firstVersionScoresByAccount(whenOf.keySet(), ids))) {
                for (Writing.OwnCase when : whenOf.get(row.exerciseId())) {
                    sums.get(when)
                            .get(groupOf.get(new AccountId(row.accountId())))
                            .merge(
                                    row.criterion(),
                                    new RubricTotals.Sum(row.sum(), Math.toIntExact(row.count())),
                                    RubricTotals.Sum::plus);
                }
            }
        }
        Map<Writing.OwnCase, Map<K, RubricTotals>> totals = new EnumMap<>(Writing.OwnCase.class);
        sums.forEach((when, ofGroups) -> {
            Map<K, RubricTotals> ofWhen = new HashMap<>();
            ofGroups.forEach((group, perCriterion) -> ofWhen.put(group, new RubricTotals(perCriterion)));
            totals.put(when, ofWhen);
        });
        return totals;
    }

    /**
     * {@link #ownCase} for every municipality at once, by municipality: for the national view (platform
     * administrator, national coordinator) and the national average a leader compares with (asked in a
     * platform scope). Any other session sees only its own municipality's rows (decision 020).
     */
    @PreAuthorize(AppRoles.HAS_FIGURES_BY_MUNICIPALITY)
    @Transactional(readOnly = true)
    public Map<MunicipalityId, MunicipalRubric> ownCaseByMunicipality(Writing.OwnCase when) {
        Writing.Exercise exercise = content.course().writing().ownCase(when).orElse(null);
        if (exercise == null) {
            return Map.of();
        }
        Map<Long, Map<String, RubricTotals.Sum>> sums = new HashMap<>();
        Map<Long, Map<String, Integer>> people = new HashMap<>();
        for (MunicipalCriterionScores row : scores.firstVersionScoresByMunicipality(exercise.id())) {
            sums.computeIfAbsent(row.municipalityId(), k -> new HashMap<>())
                    .put(row.criterion(), new RubricTotals.Sum(row.sum(), Math.toIntExact(row.count())));
            people.computeIfAbsent(row.municipalityId(), k -> new HashMap<>())
                    .put(row.criterion(), Math.toIntExact(row.people()));
        }
        Map<MunicipalityId, MunicipalRubric> result = new HashMap<>();
        sums.forEach((m, perCriterion) ->
                result.put(new MunicipalityId(m), new MunicipalRubric(new RubricTotals(perCriterion), people.get(m))));
        return result;
    }
}
