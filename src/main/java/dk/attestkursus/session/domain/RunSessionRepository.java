package dk.attestkursus.session.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RunSessionRepository extends JpaRepository<RunSession, Long> {

    /** The session row, locked until the transaction ends: two instructors' clicks take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from RunSession s where s.courseRunId = :runId")
    Optional<RunSession> findLocked(long runId);
}
