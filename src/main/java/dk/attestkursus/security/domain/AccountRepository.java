package dk.attestkursus.security.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);

    boolean existsByRole(dk.attestkursus.security.Role role);

    List<Account> findAllByOrderByDisplayNameAsc();

    List<Account> findByLeaderIdOrderByDisplayNameAsc(Long leaderId);
}
