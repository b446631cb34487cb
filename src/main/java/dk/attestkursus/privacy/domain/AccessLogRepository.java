package dk.attestkursus.privacy.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccessLogRepository extends JpaRepository<AccessLogEntry, Long> {

    List<AccessLogEntry> findBySubjectIdOrderByAtDesc(long subjectId);

    List<AccessLogEntry> findByActorIdOrderByAtDesc(long actorId);

    List<AccessLogEntry> findByOrderByAtDesc(Pageable page);

    @Modifying
    @Query("delete from AccessLogEntry e where e.at < :before")
    int deleteOlderThan(Instant before);
}
