package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import dk.attestkursus.security.domain.AccountTokenRepository;
import dk.attestkursus.security.domain.TeamLeader;
import dk.attestkursus.security.domain.TeamLeaderRepository;
import dk.attestkursus.security.domain.TeamRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's own part of a person's data (issue 25, decision 030): what it holds for an export, the
 * tombstone it becomes on erasure, and who answers a person's request. Each municipality answers for its
 * own people (its administrators); the platform administrator answers for the accounts that belong to no
 * municipality (the platform's own); everyone may see and fetch their own data.
 */
@Service
public class PersonalRecords {

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final TeamLeaderRepository teamLeaders;
    private final TeamRepository teams;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    PersonalRecords(
            AccountRepository accounts,
            AccountTokenRepository tokens,
            TeamLeaderRepository teamLeaders,
            TeamRepository teams,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.teamLeaders = teamLeaders;
        this.teams = teams;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** An account as the privacy pages need it. */
    public record Person(
            AccountSummary account,
            MunicipalityId municipality,
            @Nullable Instant erasedAt) {
        public boolean erased() {
            return erasedAt != null;
        }

        /** Whether the account belongs to the platform's own organisation, not a municipality. */
        public boolean platformAccount() {
            return municipality.equals(MunicipalityId.PLATFORM);
        }
    }

    /** What the account itself holds about the person, for the export. No password or token hashes. */
    public record AccountRecord(
            String username,
            String email,
            String name,
            Role role,
            @Nullable InstructorKind instructorKind,
            @Nullable String team,
            List<String> teamsLed,
            boolean active,
            Instant createdAt,
            @Nullable Instant passwordSetAt,
            @Nullable String preferredLanguage,
            boolean singleSignOnBound,
            List<LinkRecord> links) {}

    /** A personal link that was made for the person: what for, when, and whether it was used. */
    public record LinkRecord(String purpose, Instant createdAt, Instant expiresAt, boolean used) {}

    /**
     * The person whose data the logged-in person may answer for: themselves; an administrator the people of
     * their municipality; the platform administrator the platform's own accounts. Anyone else's id is
     * refused as not there.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Person answerFor(AccountId id) {
        CurrentAccount me = currentUser.require();
        Account account = accounts.findById(id.value()).orElseThrow(() -> new UnknownAccountException(id));
        Person person = new Person(account.toSummary(), account.municipality(), account.getErasedAt());
        boolean self = me.id().equals(id);
        boolean ownAdministrator =
                me.role() == Role.ADMIN && person.municipality().equals(me.municipality());
        boolean platformAdministrator = me.role() == Role.PLATFORM_ADMIN && person.platformAccount();
        if (!self && !ownAdministrator && !platformAdministrator) {
            if (me.role() == Role.PLATFORM_ADMIN) {
                throw new AccessDeniedException("The municipality answers for its own people");
            }
            throw new UnknownAccountException(id);
        }
        return person;
    }

    /** What the account holds about the person (see {@link #answerFor}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountRecord record(AccountId id) {
        answerFor(id);
        Account account = accounts.findById(id.value()).orElseThrow(() -> new UnknownAccountException(id));
        String team = account.getTeamId() == null
                ? null
                : teams.findById(account.getTeamId()).map(t -> t.getName()).orElse(null);
        List<String> led = teams
                .findAllById(teamLeaders.findByLeaderId(id.value()).stream()
                        .map(TeamLeader::getTeamId)
                        .toList())
                .stream()
                .map(t -> t.getName())
                .sorted()
                .toList();
        List<LinkRecord> links = tokens.findByAccountId(id.value()).stream()
                .map(t -> new LinkRecord(t.getPurpose().name(), t.getCreatedAt(), t.getExpiresAt(), t.isUsed()))
                .toList();
        return new AccountRecord(
                account.getUsername(),
                account.getEmail(),
                account.getDisplayName(),
                account.getRole(),
                account.getInstructorKind(),
                team,
                led,
                account.isActive(),
                account.getCreatedAt(),
                account.getPasswordSetAt(),
                account.getPreferredLanguage(),
                account.getSsoSubject() != null,
                links);
    }

    /**
     * Turns the account into a tombstone in the caller's transaction (the erasure's, all or nothing): its
     * personal links are deleted, it leads no team any more, and it keeps no name, e-mail, user name,
     * password or login. Only an administrator who answers for the person, never for themselves.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLATFORM_ADMIN')")
    @Transactional
    public void eraseToTombstone(AccountId id, String neutralName) {
        Person person = answerFor(id);
        if (currentUser.require().id().equals(id)) {
            throw new AccessDeniedException("Nobody erases their own account");
        }
        if (person.erased()) {
            return;
        }
        Account account = accounts.findById(id.value()).orElseThrow(() -> new UnknownAccountException(id));
        tokens.deleteAll(tokens.findByAccountId(id.value()));
        teamLeaders.deleteAll(teamLeaders.findByLeaderId(id.value()));
        account.eraseToTombstone(
                neutralName, passwordEncoder.encode(Passwords.generate() + Passwords.generate()), clock.instant());
    }

    /** The municipalities that have people, for the platform's jobs (retention), which enter each in turn. */
    @PreAuthorize(AppRoles.HAS_SYSTEM)
    @Transactional(readOnly = true)
    public List<MunicipalityId> municipalitiesWithPeople() {
        return accounts.municipalitiesWithPeople().stream()
                .map(MunicipalityId::new)
                .toList();
    }
}
