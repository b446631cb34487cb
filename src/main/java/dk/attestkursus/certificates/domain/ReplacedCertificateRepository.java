package dk.attestkursus.certificates.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplacedCertificateRepository extends JpaRepository<ReplacedCertificate, Long> {

    Optional<ReplacedCertificate> findByCode(String code);

    /** The codes a certificate had before it was reissued (issue 25). */
    List<ReplacedCertificate> findByCertificateIdOrderByIdAsc(long certificateId);

    /** The reissues an account made as administrator (issue 25). */
    List<ReplacedCertificate> findByReplacedByOrderByIdAsc(long accountId);
}
