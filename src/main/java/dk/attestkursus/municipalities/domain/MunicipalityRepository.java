package dk.attestkursus.municipalities.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    /** Every municipality, not the platform's own organisation (id 0). */
    List<Municipality> findByIdGreaterThanOrderByNameAsc(long id);

    boolean existsByNameIgnoreCase(String name);

    boolean existsBySlug(String slug);

    Optional<Municipality> findBySlug(String slug);
}
