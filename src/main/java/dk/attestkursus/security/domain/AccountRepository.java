package dk.attestkursus.security.domain;

import dk.attestkursus.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);

    boolean existsByRole(Role role);

    List<Account> findAllByOrderByDisplayNameAsc();

    List<Account> findByLeaderIdOrderByDisplayNameAsc(Long leaderId);

    List<Account> findByEmailIn(Collection<String> emails);

    List<Account> findByRoleAndActiveTrueOrderByDisplayNameAsc(Role role);

    @Query("select a.username from Account a where a.username like concat(:prefix, '%')")
    List<String> usernamesStartingWith(String prefix);

    @Query("select a.username from Account a where a.username in :usernames")
    List<String> findUsernamesIn(Collection<String> usernames);

    @Query("select a.id from Account a where a.role = :role")
    List<Long> idsByRole(Role role);

    @Query("select a.id from Account a where a.leaderId = :leaderId")
    List<Long> idsByLeader(long leaderId);
}
