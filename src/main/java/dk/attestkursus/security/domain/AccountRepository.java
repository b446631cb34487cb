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

    List<Account> findByEmailIn(java.util.Collection<String> emails);

    List<Account> findByRoleAndActiveTrueOrderByDisplayNameAsc(dk.attestkursus.security.Role role);

    @org.springframework.data.jpa.repository.Query("select a.username from Account a where a.username like concat(:prefix, '%')")
    List<String> usernamesStartingWith(String prefix);

    @org.springframework.data.jpa.repository.Query("select a.username from Account a where a.username in :usernames")
    List<String> findUsernamesIn(java.util.Collection<String> usernames);

    @org.springframework.data.jpa.repository.Query("select a.id from Account a where a.role = :role")
    List<Long> idsByRole(dk.attestkursus.security.Role role);

    @org.springframework.data.jpa.repository.Query("select a.id from Account a where a.leaderId = :leaderId")
    List<Long> idsByLeader(long leaderId);
}
