package dk.attestkursus.security.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    List<AccountToken> findByAccountId(long accountId);

    List<AccountToken> findByAccountIdAndPurpose(long accountId, AccountToken.Purpose purpose);

    long countByAccountIdAndPurposeAndCreatedAtAfter(long accountId, AccountToken.Purpose purpose, Instant after);
}
