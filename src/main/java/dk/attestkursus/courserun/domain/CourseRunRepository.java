package dk.attestkursus.courserun.domain;

import dk.attestkursus.kernel.AcrossMunicipalities;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CourseRunRepository extends JpaRepository<CourseRun, Long> {

    List<CourseRun> findAllByOrderByStartsAtAsc();

    Optional<CourseRun> findByCheckInCode(String code);

    List<CourseRun> findByCheckInCodeIsNull();

    @AcrossMunicipalities("a check-in code is unique on the whole platform, so a new one is checked against every run")
    @Query(value = "select count(*) > 0 from course_run where check_in_code = :code", nativeQuery = true)
    boolean checkInCodeTakenOnPlatform(String code);

    /** The run, locked until the transaction ends: enrolments that check capacity take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from CourseRun r where r.id = :id")
    Optional<CourseRun> findLocked(long id);

    /** Runs an account is actively enrolled in with the given role, soonest first. */
    @Query("""
            select r from CourseRun r where r.id in (
                select e.courseRunId from Enrolment e
                where e.accountId = :accountId and e.role = :role and e.withdrawnAt is null)
            order by r.startsAt asc""")
    List<CourseRun> findEnrolled(long accountId, EnrolmentRole role);

    @Query("""
            select r from CourseRun r where r.id in (
                select e.courseRunId from Enrolment e
                where e.accountId in :accountIds and e.role = 'PARTICIPANT' and e.withdrawnAt is null)
            order by r.startsAt asc""")
    List<CourseRun> findWithParticipants(Collection<Long> accountIds);

    /** Runs started before {@code now} per municipality (all of them only in a platform session). */
    @Query("""
            select new dk.attestkursus.courserun.domain.MunicipalCount(r.municipalityId, count(r))
            from CourseRun r where r.startsAt < :now group by r.municipalityId""")
    List<MunicipalCount> heldByMunicipality(Instant now);

    /** The runs an account cancelled (issue 25). */
    List<CourseRun> findByCancelledByOrderByIdAsc(long accountId);
}
