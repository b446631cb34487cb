package dk.attestkursus.myths.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface LivePollRepository extends JpaRepository<LivePoll, Long> {

    /** The polls an account opened, revealed or closed (issue 25). */
    @Query("""
            select p from LivePoll p where p.openedBy = :accountId or p.revealedBy = :accountId
            or p.closedBy = :accountId order by p.id asc""")
    List<LivePoll> findRunBy(long accountId);

    /** The run's live poll (open or revealed), if any. */
    Optional<LivePoll> findByActiveRunId(long runId);

    /** The run's live poll, locked for closing it (two instructors opening at once wait for each other). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from LivePoll p where p.activeRunId = :runId")
    Optional<LivePoll> findActiveForUpdate(long runId);

    Optional<LivePoll> findFirstByCourseRunIdOrderByIdDesc(long runId);

    /**
     * The poll, locked against state changes while a vote is counted. On PostgreSQL a shared lock
     * (FOR SHARE: votes do not wait for each other); H2 has none and takes FOR UPDATE, so there
     * votes on one poll are counted one after another.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select p from LivePoll p where p.id = :id")
    Optional<LivePoll> findForVote(long id);

    /** The poll, locked for a state change: waits for votes being counted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from LivePoll p where p.id = :id")
    Optional<LivePoll> findForUpdate(long id);

    List<LivePoll> findByCourseRunIdOrderByIdAsc(long runId);
}
