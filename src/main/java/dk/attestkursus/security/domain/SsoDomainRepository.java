package dk.attestkursus.security.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SsoDomainRepository extends JpaRepository<SsoDomain, Long> {

    Optional<SsoDomain> findByDomain(String domain);

    List<SsoDomain> findByDomainIn(Collection<String> domains);

    List<SsoDomain> findByProviderIdOrderByDomainAsc(long providerId);

    void deleteByProviderId(long providerId);
}
