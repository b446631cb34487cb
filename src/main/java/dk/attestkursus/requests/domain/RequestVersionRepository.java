package dk.attestkursus.requests.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestVersionRepository extends JpaRepository<RequestVersion, Long> {

    List<RequestVersion> findByDraftIdOrderByNumberAsc(long draftId);

    List<RequestVersion> findByCourseRunIdInOrderBySubmittedAtAsc(Collection<Long> runIds);
}
