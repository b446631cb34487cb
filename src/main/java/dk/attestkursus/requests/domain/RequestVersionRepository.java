package dk.attestkursus.requests.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RequestVersionRepository extends JpaRepository<RequestVersion, Long> {

    List<RequestVersion> findByDraftIdOrderByNumberAsc(long draftId);

    List<RequestVersion> findByCourseRunIdInOrderBySubmittedAtAsc(Collection<Long> runIds);

    List<RequestVersion> findByAccountIdOrderByExerciseIdAscNumberAsc(long accountId);

    List<RequestVersion> findByDraftIdIn(Collection<Long> draftIds);

    /** The accounts among these that have sent at least one version of the exercise. */
    @Query("""
            select distinct v.accountId from RequestVersion v
            where v.exerciseId = :exerciseId and v.accountId in :accountIds""")
    List<Long> submittedBy(String exerciseId, Collection<Long> accountIds);

    /** Every account of the municipality that has sent at least one version of the exercise. */
    @Query("select distinct v.accountId from RequestVersion v where v.exerciseId = :exerciseId")
    List<Long> submittedByAnyone(String exerciseId);
}
