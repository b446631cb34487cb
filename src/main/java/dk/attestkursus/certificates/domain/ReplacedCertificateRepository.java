package dk.attestkursus.certificates.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplacedCertificateRepository extends JpaRepository<ReplacedCertificate, Long> {

    Optional<ReplacedCertificate> findByCode(String code);
}
