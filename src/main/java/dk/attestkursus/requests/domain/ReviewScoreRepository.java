package dk.attestkursus.requests.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewScoreRepository extends JpaRepository<ReviewScore, Long> {

    List<ReviewScore> findByReviewId(long reviewId);

    List<ReviewScore> findByReviewIdIn(Collection<Long> reviewIds);

    /**
     * Per criterion the sum and number of scores over the returned reviews of the first version of an
     * exercise's request by these accounts: the request as it was written, before any feedback.
     */
    @Query("""
            select new dk.attestkursus.requests.domain.CriterionScores(s.criterion, sum(s.score), count(s.score))
            from ReviewScore s, RequestReview r, RequestVersion v
            where s.reviewId = r.id and r.versionId = v.id and r.returnedAt is not null and v.number = 1
            and v.exerciseId = :exerciseId and v.accountId in :accountIds and s.score is not null
            group by s.criterion""")
    List<CriterionScores> firstVersionScores(String exerciseId, Collection<Long> accountIds);

    /** {@link #firstVersionScores} per account and exercise, for sums per group made by the caller. */
    @Query("""
            select new dk.attestkursus.requests.domain.AccountCriterionScores(
                v.accountId, v.exerciseId, s.criterion, sum(s.score), count(s.score))
            from ReviewScore s, RequestReview r, RequestVersion v
            where s.reviewId = r.id and r.versionId = v.id and r.returnedAt is not null and v.number = 1
            and v.exerciseId in :exerciseIds and v.accountId in :accountIds and s.score is not null
            group by v.accountId, v.exerciseId, s.criterion""")
    List<AccountCriterionScores> firstVersionScoresByAccount(
            Collection<String> exerciseIds, Collection<Long> accountIds);

    /**
     * {@link #firstVersionScoresByAccount} for every account of the municipality, in one pass over the scores
     * for all the exercises. The versions are chosen in a subquery: joined plainly, H2 starts from every
     * score of the municipality (its estimate of the municipality index is far too low) and took 0.5 s at
     * 600,000 scores (issue 26).
     */
    @Query("""
            select new dk.attestkursus.requests.domain.AccountCriterionScores(
                v.accountId, v.exerciseId, s.criterion, sum(s.score), count(s.score))
            from ReviewScore s, RequestReview r, RequestVersion v
            where s.reviewId = r.id and r.versionId = v.id and r.returnedAt is not null and s.score is not null
            and v.id in (select f.id from RequestVersion f where f.exerciseId in :exerciseIds and f.number = 1)
            group by v.accountId, v.exerciseId, s.criterion""")
    List<AccountCriterionScores> firstVersionScoresOfEveryone(Collection<String> exerciseIds);

    /**
     * The same per municipality, over every account: for the national view, asked in a platform session
     * (decision 020), which is the only one where more than one municipality's rows are visible.
     */
    @Query("""
            select new dk.attestkursus.requests.domain.MunicipalCriterionScores(
                v.municipalityId, s.criterion, sum(s.score), count(s.score), count(distinct v.accountId))
            from ReviewScore s, RequestReview r, RequestVersion v
            where s.reviewId = r.id and r.versionId = v.id and r.returnedAt is not null and v.number = 1
            and v.exerciseId = :exerciseId and s.score is not null
            group by v.municipalityId, s.criterion""")
    List<MunicipalCriterionScores> firstVersionScoresByMunicipality(String exerciseId);
}
