package dk.attestkursus.courserun.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EnrolmentEventRepository extends JpaRepository<EnrolmentEvent, Long> {

    List<EnrolmentEvent> findByCourseRunIdOrderByHappenedAtDescIdDesc(long courseRunId);

    /** The history of an account's places (issue 25). */
    List<EnrolmentEvent> findByAccountIdOrderByHappenedAtAscIdAsc(long accountId);

    /** What an account did to other people's places (issue 25). */
    @Query("""
            select e from EnrolmentEvent e where e.byAccountId = :accountId and e.accountId <> :accountId
            order by e.happenedAt asc, e.id asc""")
    List<EnrolmentEvent> findDoneToOthers(long accountId);

    /** Deletes the history of an account's places (issue 25): no figure counts it. */
    @Modifying
    @Query("delete from EnrolmentEvent e where e.accountId = :accountId")
    int deleteByAccount(long accountId);
}
