package dk.attestkursus.certificates.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ErasedCertificateRepository extends JpaRepository<ErasedCertificate, Long> {

    boolean existsByCode(String code);
}
