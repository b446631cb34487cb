package dk.attestkursus.requests;

import dk.attestkursus.base.Chunks;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.requests.domain.ReviewScoreRepository;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quality of a group's own-case requests as the instructors scored them with the rubric, summed
 * per criterion, for leaders' before/after results. The first version counts (the request as written,
 * before the instructors' feedback), and only once its review is returned. Never per person.
 */
@Service
@PreAuthorize(AppRoles.HAS_LEADER_OR_ADMIN)
public class RubricStatisticsService {

    private final ReviewScoreRepository scores;
    private final CourseContent content;

    RubricStatisticsService(ReviewScoreRepository scores, CourseContent content) {
        this.scores = scores;
        this.content = content;
    }

    /** Sums per criterion over the own-case request written before or after the course. */
    @Transactional(readOnly = true)
    public RubricTotals ownCase(Writing.OwnCase when, Collection<AccountId> accounts) {
        Writing.Exercise exercise = content.course().writing().ownCase(when).orElse(null);
        Map<String, RubricTotals.Sum> sums = new HashMap<>();
        if (exercise == null) {
            return new RubricTotals(sums);
        }
        if (accounts.isEmpty()) {
            return new RubricTotals(sums);
        }
        if (accounts.size() > Chunks.SIZE) {
            // Many ids (e.g. everyone): one read of the exercise's scores, kept for the group, is far
            // cheaper than a query per 1,000 ids (ResultsBench; README "Measured figures").
            Set<Long> group = accounts.stream().map(AccountId::value).collect(Collectors.toSet());
            for (Object[] row : scores.firstVersionScoresOfAll(exercise.id())) {
                if (group.contains(((Number) row[0]).longValue())) {
                    sums.merge((String) row[1], new RubricTotals.Sum(((Number) row[2]).longValue(), 1), RubricTotals.Sum::plus);
                }
            }
            return new RubricTotals(sums);
        }
        for (Object[] row : scores.firstVersionScores(exercise.id(), accounts.stream().map(AccountId::value).toList())) {
            sums.merge((String) row[0], new RubricTotals.Sum(((Number) row[1]).longValue(),
                    ((Number) row[2]).intValue()), RubricTotals.Sum::plus);
        }
        return new RubricTotals(sums);
    }
}
