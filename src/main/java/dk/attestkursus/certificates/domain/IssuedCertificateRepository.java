package dk.attestkursus.certificates.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssuedCertificateRepository extends JpaRepository<IssuedCertificate, Long> {

    Optional<IssuedCertificate> findByCode(String code);

    Optional<IssuedCertificate> findByAccountIdAndCourseRunId(long accountId, long courseRunId);

    List<IssuedCertificate> findByCourseRunId(long courseRunId);

    /** An account's certificates, of every run (issue 25). */
    List<IssuedCertificate> findByAccountIdOrderByIdAsc(long accountId);

    /** The certificates an account withdrew as administrator (issue 25). */
    List<IssuedCertificate> findByWithdrawnByOrderByIdAsc(long accountId);
}
