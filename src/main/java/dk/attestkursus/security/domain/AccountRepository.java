package dk.attestkursus.security.domain;

import dk.attestkursus.kernel.AcrossMunicipalities;
import dk.attestkursus.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    /** Why the taken-checks look across municipalities. */
    String UNIQUE = "user names and e-mails are unique on the whole platform (a login names no municipality)";

    Optional<Account> findByUsername(String username);

    Optional<Account> findByEmail(String email);

    /** Accounts bound to a person at the municipality's provider (to forget when the provider changes). */
    List<Account> findBySsoSubjectIsNotNull();

    /** Whether an account of another municipality has an e-mail in this domain ({@code "@domain"}). */
    boolean existsByEmailEndingWithAndMunicipalityIdNot(String atDomain, Long municipalityId);

    /** Whether an active account of the session's municipality has an e-mail in this domain. */
    boolean existsByEmailEndingWithAndActiveTrue(String atDomain);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);

    boolean existsByRole(Role role);

    List<Account> findAllByOrderByDisplayNameAsc();

    List<Account> findByTeamIdInOrderByDisplayNameAsc(Collection<Long> teamIds);

    List<Account> findByTeamId(long teamId);

    List<Account> findByEmailIn(Collection<String> emails);

    List<Account> findByMunicipalityIdAndErasedAtIsNullOrderByDisplayNameAsc(Long municipalityId);

    List<Account> findByRoleAndActiveTrueOrderByDisplayNameAsc(Role role);

    @AcrossMunicipalities(UNIQUE)
    @Query(value = "select count(*) > 0 from account where username = :username", nativeQuery = true)
    boolean usernameTakenOnPlatform(String username);

    @AcrossMunicipalities(UNIQUE)
    @Query(value = "select count(*) > 0 from account where email = :email", nativeQuery = true)
    boolean emailTakenOnPlatform(String email);

    @AcrossMunicipalities(UNIQUE)
    @Query(value = "select username from account where username like concat(:prefix, '%')", nativeQuery = true)
    List<String> usernamesStartingWith(String prefix);

    @AcrossMunicipalities(UNIQUE)
    @Query(value = "select username from account where username in (:usernames)", nativeQuery = true)
    List<String> findUsernamesIn(Collection<String> usernames);

    @AcrossMunicipalities(UNIQUE)
    @Query(value = "select email from account where email in (:emails)", nativeQuery = true)
    List<String> emailsTakenOnPlatform(Collection<String> emails);

    @Query("select distinct a.municipalityId from Account a where a.municipalityId > 0 order by a.municipalityId")
    List<Long> municipalitiesWithPeople();

    @Query("select a.id from Account a where a.role = :role")
    List<Long> idsByRole(Role role);

    @Query("select a.id from Account a where a.teamId = :teamId")
    List<Long> idsByTeam(long teamId);

    /** [team id, account id] of every member of these teams. */
    @Query("select a.teamId, a.id from Account a where a.teamId in :teamIds")
    List<Object[]> idsByTeams(Collection<Long> teamIds);

    /** [team id, account id] of every member of a team in the municipality. */
    @Query("select a.teamId, a.id from Account a where a.teamId is not null")
    List<Object[]> idsOfTeamMembers();

    @Query("select a.teamId, count(a) from Account a where a.teamId is not null group by a.teamId")
    List<Object[]> countByTeam();
}
