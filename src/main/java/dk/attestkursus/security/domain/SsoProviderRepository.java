package dk.attestkursus.security.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SsoProviderRepository extends JpaRepository<SsoProvider, Long> {

    /** The municipality's provider (there is at most one: the session's municipality decides which). */
    Optional<SsoProvider> findFirstByOrderByIdAsc();

    /** A given municipality's provider, read in a platform scope at login (nobody is logged in yet). */
    Optional<SsoProvider> findByMunicipalityId(long municipalityId);
}
