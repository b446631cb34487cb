package dk.attestkursus.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuizAnswerRepository extends JpaRepository<QuizAnswer, Long> {

    List<QuizAnswer> findByAccountId(long accountId);

    Optional<QuizAnswer> findByAccountIdAndQuestionId(long accountId, String questionId);

    /** Per account: how many of the given questions it last answered right. */
    @Query("""
            select new dk.attestkursus.learning.domain.AccountCount(a.accountId, count(a))
            from QuizAnswer a where a.accountId in :accountIds
            and a.questionId in :questionIds and a.correct = true group by a.accountId""")
    List<AccountCount> countRightByAccount(Collection<Long> accountIds, Collection<String> questionIds);

    /** {@link #countRightByAccount} for every account of the municipality. */
    @Query("""
            select new dk.attestkursus.learning.domain.AccountCount(a.accountId, count(a))
            from QuizAnswer a where a.questionId in :questionIds and a.correct = true group by a.accountId""")
    List<AccountCount> countRightByEveryAccount(Collection<String> questionIds);

    /** How many accounts last chose each option of each question. */
    @Query("""
            select new dk.attestkursus.learning.domain.OptionCount(a.questionId, a.optionIndex, count(a))
            from QuizAnswer a where a.accountId in :accountIds
            group by a.questionId, a.optionIndex""")
    List<OptionCount> distribution(Collection<Long> accountIds);
}
