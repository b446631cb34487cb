package dk.attestkursus.municipalities.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalPageVersionRepository extends JpaRepository<LocalPageVersion, Long> {

    List<LocalPageVersion> findTop20ByOrderBySavedAtDescIdDesc();

    /** The texts an account saved (issue 25). */
    List<LocalPageVersion> findBySavedByOrderBySavedAtAscIdAsc(long accountId);
}
