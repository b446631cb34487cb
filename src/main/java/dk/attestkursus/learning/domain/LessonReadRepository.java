package dk.attestkursus.learning.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LessonReadRepository extends JpaRepository<LessonRead, Long> {

    List<LessonRead> findByAccountId(long accountId);

    boolean existsByAccountIdAndLessonId(long accountId, String lessonId);

    /** Per account: how many of the given lessons it has read. */
    @Query("""
            select new dk.attestkursus.learning.domain.AccountCount(r.accountId, count(r))
            from LessonRead r where r.accountId in :accountIds and r.lessonId in :lessonIds
            group by r.accountId""")
    List<AccountCount> countReadByAccount(Collection<Long> accountIds, Collection<String> lessonIds);

    /** {@link #countReadByAccount} for every account of the municipality. */
    @Query("""
            select new dk.attestkursus.learning.domain.AccountCount(r.accountId, count(r))
            from LessonRead r where r.lessonId in :lessonIds group by r.accountId""")
    List<AccountCount> countReadByEveryAccount(Collection<String> lessonIds);
}
