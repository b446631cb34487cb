package dk.attestkursus.municipalities.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The session's municipality's page (there is one per municipality; the tenant filter picks it). */
public interface LocalPageRepository extends JpaRepository<LocalPageText, Long> {

    Optional<LocalPageText> findFirstByOrderByIdAsc();

    /** The page when an account saved it last (issue 25). */
    List<LocalPageText> findByUpdatedBy(long accountId);
}
