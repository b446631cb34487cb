package dk.attestkursus.courserun.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByCourseRunIdAndAccountIdAndWithdrawnAtIsNull(long courseRunId, long accountId);

    Optional<Enrolment> findByCourseRunIdAndAccountId(long courseRunId, long accountId);

    List<Enrolment> findByCourseRunIdOrderByIdAsc(long courseRunId);

    /** An account's active guest places (read in a platform scope: they are other municipalities' rows). */
    List<Enrolment> findByAccountIdAndGuestOfIsNotNullAndWithdrawnAtIsNull(long accountId);

    /** Active participant places of these accounts in any run, for the one-run-per-course rule. */
    @Query("""
            select e from Enrolment e where e.accountId in :accountIds and e.role = 'PARTICIPANT'
            and e.withdrawnAt is null""")
    List<Enrolment> findActiveParticipations(Collection<Long> accountIds);

    /**
     * An account's participant places whose attendance is recorded, also given up ones: a caseworker who
     * takes the course again has left the run they attended (one active place per person).
     */
    @Query("""
            select e from Enrolment e where e.accountId = :accountId and e.role = 'PARTICIPANT'
            and e.attendedAt is not null""")
    List<Enrolment> findAttendances(long accountId);

    @Query("select e from Enrolment e where e.courseRunId in :runIds and e.withdrawnAt is null")
    List<Enrolment> findActiveByRuns(Collection<Long> runIds);

    /** A run's active instructor places. */
    @Query("""
            select e from Enrolment e where e.courseRunId = :runId and e.role = 'INSTRUCTOR'
            and e.withdrawnAt is null""")
    List<Enrolment> findActiveInstructors(long runId);

    /** An account's active instructor places, in every run it teaches. */
    @Query("""
            select e from Enrolment e where e.accountId = :accountId and e.role = 'INSTRUCTOR'
            and e.withdrawnAt is null""")
    List<Enrolment> findActiveInstructorPlaces(long accountId);

    /** How many active participants a run has, without reading them. */
    @Query("""
            select count(e) from Enrolment e where e.courseRunId = :runId and e.role = 'PARTICIPANT'
            and e.withdrawnAt is null""")
    long countActiveParticipants(long runId);

    /** These accounts' active participant places. */
    @Query("""
            select new dk.attestkursus.courserun.domain.ParticipantPlace(e.accountId, e.courseRunId, e.attendedAt)
            from Enrolment e where e.accountId in :accountIds
            and e.role = 'PARTICIPANT' and e.withdrawnAt is null""")
    List<ParticipantPlace> participantPlaces(Collection<Long> accountIds);

    /** The active participant places in these runs, without loading the enrolments. */
    @Query("""
            select new dk.attestkursus.courserun.domain.ParticipantPlace(e.accountId, e.courseRunId, e.attendedAt)
            from Enrolment e where e.courseRunId in :runIds
            and e.role = 'PARTICIPANT' and e.withdrawnAt is null""")
    List<ParticipantPlace> participantPlacesInRuns(Collection<Long> runIds);

    /** Every active participant place of the municipality, for questions about many people or runs at once. */
    @Query("""
            select new dk.attestkursus.courserun.domain.ParticipantPlace(e.accountId, e.courseRunId, e.attendedAt)
            from Enrolment e where e.role = 'PARTICIPANT' and e.withdrawnAt is null""")
    List<ParticipantPlace> allParticipantPlaces();

    /** Active participant places and attendance per municipality (all of them only in a platform session). */
    @Query("""
            select new dk.attestkursus.courserun.domain.MunicipalPlaces(e.municipalityId, count(e), count(e.attendedAt))
            from Enrolment e where e.role = 'PARTICIPANT' and e.withdrawnAt is null group by e.municipalityId""")
    List<MunicipalPlaces> placesByMunicipality();

    /** Every place of an account in the current municipality's runs, withdrawn ones too (issue 25). */
    List<Enrolment> findByAccountIdOrderByIdAsc(long accountId);

    /** Deletes an account's guest instructor places: the rows that copy its name (issue 25). */
    @Modifying
    @Query("delete from Enrolment e where e.accountId = :accountId and e.guestOf is not null")
    int deleteGuestPlaces(long accountId);
}
