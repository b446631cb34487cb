package dk.attestkursus.courserun.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentEventRepository extends JpaRepository<EnrolmentEvent, Long> {

    List<EnrolmentEvent> findByCourseRunIdOrderByHappenedAtDescIdDesc(long courseRunId);
}
