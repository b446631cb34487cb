package dk.attestkursus.privacy.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The access log's rows. Hibernate's tenant filter keeps a municipality's session to its own rows; a
 * platform session sees every municipality, so what the platform administrator reads names the
 * municipality ({@code InMunicipality}) explicitly.
 */
public interface AccessLogRepository extends JpaRepository<AccessLogEntry, Long> {

    List<AccessLogEntry> findBySubjectIdOrderByAtDesc(long subjectId);

    List<AccessLogEntry> findByActorIdOrderByAtDesc(long actorId);

    List<AccessLogEntry> findByOrderByAtDesc(Pageable page);

    /** The newest rows of one municipality, newest first. */
    @Query("select e from AccessLogEntry e where e.municipalityId = :municipality order by e.at desc, e.id desc")
    List<AccessLogEntry> newestInMunicipality(long municipality, Limit limit);

    /** The newest rows of one municipality about or by one person, newest first. */
    @Query("select e from AccessLogEntry e where e.municipalityId = :municipality"
            + " and (e.actorId = :person or e.subjectId = :person) order by e.at desc, e.id desc")
    List<AccessLogEntry> newestInMunicipalityFor(long municipality, long person, Limit limit);

    /** Everyone who opened data or whose data was opened in one municipality. */
    @Query("select distinct e.actorId from AccessLogEntry e where e.municipalityId = :municipality"
            + " and e.actorId is not null")
    List<Long> actorsInMunicipality(long municipality);

    @Query("select distinct e.subjectId from AccessLogEntry e where e.municipalityId = :municipality"
            + " and e.subjectId is not null")
    List<Long> subjectsInMunicipality(long municipality);

    /** How many rows older than {@code before} the session sees (its municipality, or all for the platform). */
    long countByAtBefore(Instant before);

    @Modifying
    @Query("delete from AccessLogEntry e where e.at < :before")
    int deleteOlderThan(Instant before);
}
