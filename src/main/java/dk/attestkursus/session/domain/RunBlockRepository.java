package dk.attestkursus.session.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RunBlockRepository extends JpaRepository<RunBlock, Long> {

    List<RunBlock> findByCourseRunIdOrderByPositionAscIdAsc(long courseRunId);
}
