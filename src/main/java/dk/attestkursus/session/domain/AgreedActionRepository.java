package dk.attestkursus.session.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgreedActionRepository extends JpaRepository<AgreedAction, Long> {

    List<AgreedAction> findByCourseRunIdOrderByIdAsc(long courseRunId);

    List<AgreedAction> findByCourseRunIdIn(Collection<Long> runIds);

    /** The actions a person created, or that name them as owner or in their text (issue 25). */
    @Query("""
            select a from AgreedAction a
            where a.createdBy = :accountId or lower(a.owner) = lower(:name) or locate(:name, a.text) > 0
            order by a.id""")
    List<AgreedAction> concerning(long accountId, String name);
}
