package dk.attestkursus.session.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RunSessionRepository extends JpaRepository<RunSession, Long> {

    /** The sessions whose notes a person wrote last, or that name them as note-taker or in the notes. */
    @Query("""
            select s from RunSession s
            where s.notesUpdatedBy = :accountId or lower(s.noteTaker) = lower(:name) or locate(:name, s.notes) > 0
            order by s.courseRunId""")
    List<RunSession> concerning(long accountId, String name);

    /** The session row, locked until the transaction ends: two instructors' clicks take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from RunSession s where s.courseRunId = :runId")
    Optional<RunSession> findLocked(long runId);
}
