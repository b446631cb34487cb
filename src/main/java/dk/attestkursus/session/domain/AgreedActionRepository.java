package dk.attestkursus.session.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreedActionRepository extends JpaRepository<AgreedAction, Long> {

    List<AgreedAction> findByCourseRunIdOrderByIdAsc(long courseRunId);
}
