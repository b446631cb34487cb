package dk.attestkursus.courserun.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    java.util.Optional<Enrolment> findByCourseRunIdAndAccountIdAndWithdrawnAtIsNull(long courseRunId, long accountId);

    @Query("select e from Enrolment e where e.courseRunId in :runIds and e.withdrawnAt is null")
    List<Enrolment> findActiveByRuns(Collection<Long> runIds);
}
