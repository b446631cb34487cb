package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import dk.attestkursus.security.domain.TeamLeader;
import dk.attestkursus.security.domain.TeamLeaderRepository;
import dk.attestkursus.security.domain.TeamRepository;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts: the API of the security feature. Security and transactions live here; the views
 * only call it. Every method checks the caller's role, and input is validated here even when a
 * form already did.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ParticipantProvisioning provisioning;
    private final TeamRepository teams;
    private final TeamLeaderRepository teamLeaders;
    private final ApplicationEventPublisher events;
    private final CprGuard cpr;
    private final MunicipalScope scope;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;
    private final Clock clock;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            ParticipantProvisioning provisioning,
            TeamRepository teams,
            TeamLeaderRepository teamLeaders,
            ApplicationEventPublisher events,
            CprGuard cpr,
            MunicipalScope scope,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.provisioning = provisioning;
        this.teams = teams;
        this.teamLeaders = teamLeaders;
        this.events = events;
        this.cpr = cpr;
        this.scope = scope;
        this.readWrite = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** All accounts, by name. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public List<AccountSummary> listAccounts() {
        return accounts.findAllByOrderByDisplayNameAsc().stream()
                .filter(a -> a.getErasedAt() == null)
                .map(Account::toSummary)
                .toList();
    }

    /**
     * The platform's own accounts (platform administrators, national coordinators), which belong to no
     * municipality: the platform administrator answers for their personal data (issue 25).
     */
    @PreAuthorize(AppRoles.HAS_PLATFORM_ADMIN)
    @Transactional(readOnly = true)
    public List<AccountSummary> platformAccounts() {
        return accounts
                .findByMunicipalityIdAndErasedAtIsNullOrderByDisplayNameAsc(MunicipalityId.PLATFORM.value())
                .stream()
                .map(Account::toSummary)
                .toList();
    }

    /** The active leaders, for choosing a team's leaders. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public List<AccountSummary> leaders() {
        return listAccounts().stream()
                .filter(a -> a.role() == Role.LEADER && a.active())
                .toList();
    }

    /** Display names of the given accounts (e.g. a run's instructors), for any logged-in user. */
    @PreAuthorize("isAuthenticated()")
    public Map<AccountId, String> displayNames(Collection<AccountId> ids) {
        return accounts.findAllById(ids.stream().map(AccountId::value).toList()).stream()
                .map(Account::toSummary)
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
    }

    /** What kind of co-instructor these accounts are (e.g. for a course certificate), for any logged-in user. */
    @PreAuthorize("isAuthenticated()")
    public Map<AccountId, InstructorKind> instructorKinds(Collection<AccountId> ids) {
        return accounts.findAllById(ids.stream().map(AccountId::value).toList()).stream()
                .map(Account::toSummary)
                .filter(a -> a.instructorKind() != null)
                .collect(Collectors.toMap(AccountSummary::id, a -> Objects.requireNonNull(a.instructorKind())));
    }

    /** Accounts by id, for features that show who is involved (admins, instructors, and mails sent by the system). */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_ADMIN_OR_SYSTEM)
    public Map<AccountId, AccountSummary> summaries(Collection<AccountId> ids) {
        return accounts.findAllById(ids.stream().map(AccountId::value).toList()).stream()
                .map(Account::toSummary)
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    /** The caseworkers of the teams the logged-in leader leads. */
    @PreAuthorize(AppRoles.HAS_LEADER)
    public List<AccountSummary> myTeam() {
        long me = currentUser.require().id().value();
        List<Long> teams = teamLeaders.findByLeaderId(me).stream()
                .map(TeamLeader::getTeamId)
                .toList();
        return accounts.findByTeamIdInOrderByDisplayNameAsc(teams).stream()
                .map(Account::toSummary)
                .toList();
    }

    /** A new account in the administrator's own municipality (the session's, never a field's). */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public CreatedAccount create(NewAccount input) {
        return createIn(input, null);
    }

    /**
     * A municipality's first administrator, created by the platform administrator in that municipality
     * (the role is always {@link Role#ADMIN}, whatever the input says).
     */
    @PreAuthorize(AppRoles.HAS_PLATFORM_ADMIN)
    @Transactional
    public CreatedAccount createMunicipalAdministrator(MunicipalityId municipality, NewAccount input) {
        if (municipality.isPlatform()) {
            throw new IllegalArgumentException("The platform is not a municipality");
        }
        return createIn(
                new NewAccount(input.displayName(), input.username(), input.email(), Role.ADMIN, null, null),
                municipality);
    }

    private CreatedAccount createIn(NewAccount input, @Nullable MunicipalityId municipality) {
        Map<String, String> errors = new LinkedHashMap<>();
        String displayName = trimmed(input.displayName());
        String username = trimmed(input.username()).toLowerCase(Locale.ROOT);
        String email = trimmed(input.email()).toLowerCase(Locale.ROOT);
        Role role = input.role();

        if (displayName.isEmpty()) {
            errors.put("displayName", "account.error.required");
        } else if (displayName.length() > 200) {
            errors.put("displayName", "account.error.tooLong");
        } else if (cpr.containsCpr(displayName)) {
            errors.put("displayName", "account.error.cpr");
        }
        if (username.isEmpty()) {
            errors.put("username", "account.error.required");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "account.error.username.format");
        } else if (accounts.usernameTakenOnPlatform(username)) {
            errors.put("username", "account.error.username.taken");
        }
        if (email.isEmpty()) {
            errors.put("email", "account.error.required");
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.put("email", "account.error.email.format");
        } else if (accounts.emailTakenOnPlatform(email)) {
            errors.put("email", "account.error.email.taken");
        }
        if (role == null) {
            errors.put("role", "account.error.required");
        } else if (role.isPlatform()) {
            errors.put("role", "account.error.role.platform");
        }
        InstructorKind kind = role == Role.INSTRUCTOR ? input.instructorKind() : null;
        if (role == Role.INSTRUCTOR && kind == null) {
            errors.put("instructorKind", "account.error.required");
        }
        Long teamId = role == Role.PARTICIPANT && input.teamId() != null
                ? input.teamId().value()
                : null;
        if (teamId != null && municipality == null && !teams.existsById(teamId)) {
            errors.put("teamId", "teams.error.unknown");
        }
        if (!errors.isEmpty() || role == null) {
            throw new AccountValidationException(errors);
        }
        String password = Passwords.generate();
        Account account = new Account(
                username, email, displayName, passwordEncoder.encode(password), role, kind, teamId, clock.instant());
        if (municipality != null) {
            account.belongTo(municipality);
        }
        Account saved = accounts.save(account);
        events.publishEvent(new AccountCreated(
                new AccountId(saved.requireId()),
                municipality != null ? municipality : currentUser.require().municipality()));
        return new CreatedAccount(saved.toSummary(), password);
    }

    /**
     * The active practice consultant of another municipality with this e-mail, for the administrator
     * inviting them as a guest co-instructor (issue 21). Asked in a platform scope (their account is
     * another municipality's row); tells only name and municipality, and nothing for anyone else.
     */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public Optional<GuestCandidate> practiceConsultantElsewhere(String email) {
        MunicipalityId mine = currentUser.require().municipality();
        return accounts.findByEmail(trimmed(email).toLowerCase(Locale.ROOT))
                .filter(a -> a.getRole() == Role.INSTRUCTOR
                        && a.getInstructorKind() == InstructorKind.PRACTICE_CONSULTANT
                        && a.isActive()
                        && !a.municipality().equals(mine))
                .map(a -> new GuestCandidate(new AccountId(a.requireId()), a.getDisplayName(), a.municipality()));
    }

    /** The active instructors, for choosing a run's co-instructors. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public List<AccountSummary> instructors() {
        return accounts.findByRoleAndActiveTrueOrderByDisplayNameAsc(Role.INSTRUCTOR).stream()
                .map(Account::toSummary)
                .toList();
    }

    /** The accounts that have these e-mail addresses (lower-cased), for checking an enrolment before it is made. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public Map<String, AccountSummary> byEmails(Collection<String> emails) {
        return provisioning.byEmails(emails);
    }

    /**
     * Which of these e-mails (lower-cased) an account of another municipality has: e-mails are unique on the
     * platform, so such a person cannot be enrolled here (issue 21: a row-level message in an import's
     * preview). Says only whether an address is taken, never by whom.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public Set<String> takenInOtherMunicipalities(Collection<String> emails) {
        return provisioning.takenElsewhere(emails);
    }

    /**
     * Makes participant accounts ready for enrolment: new e-mails become participant accounts of the
     * municipality. Who belongs to which team is the municipality's administrators' decision (issue 21):
     * when an administrator enrols or imports, a given leader (an active leader of the municipality) and
     * team are used, for new and existing caseworkers; when an instructor does, they are not used at all,
     * so new people start without a team and existing ones keep theirs. All or nothing: any invalid entry
     * refuses the whole list (field {@code "<index>.<field>"}), e.g. an e-mail another municipality's
     * account has.
     *
     * @param withPasswords whether new accounts get a first password to hand over (one at a time);
     *     imports create accounts without one, because hashing thousands of passwords takes minutes
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public List<ProvisionedParticipant> provisionParticipants(List<NewParticipant> people, boolean withPasswords) {
        return provisioning.provision(
                people, withPasswords, currentUser.require().role() == Role.ADMIN);
    }

    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public AccountSummary deactivate(AccountId id) {
        if (currentUser.require().id().equals(id)) {
            throw new AccountValidationException(Map.of("active", "account.error.deactivateSelf"));
        }
        Account account = load(id);
        account.deactivate();
        return account.toSummary();
    }

    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public AccountSummary reactivate(AccountId id) {
        Account account = load(id);
        account.reactivate();
        return account.toSummary();
    }

    /** Gives the account a new generated password (returned once) and lifts any lock. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public String resetPassword(AccountId id) {
        Account account = load(id);
        String password = Passwords.generate();
        account.changePasswordHash(passwordEncoder.encode(password));
        account.unlock();
        return password;
    }

    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public AccountSummary unlock(AccountId id) {
        Account account = load(id);
        account.unlock();
        return account.toSummary();
    }

    /** The language the logged-in user chose in the user menu, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Locale> myLanguage() {
        return accounts.findById(currentUser.require().id().value())
                .map(Account::getPreferredLanguage)
                .map(Locale::forLanguageTag);
    }

    /**
     * The logged-in user's own account (their account page), read in their own municipality, also while
     * they visit another as a guest instructor.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the municipality is chosen first
    public AccountSummary me() {
        CurrentAccount me = currentUser.require();
        return scope.forLinkOwner(
                me.municipality(),
                () -> Objects.requireNonNull(readOnly.execute(s -> load(me.id()).toSummary())));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the municipality is chosen first
    public void setMyLanguage(Locale locale) {
        String tag = switch (locale.getLanguage()) {
            case "da", "en" -> locale.getLanguage();
            default -> throw new IllegalArgumentException("Unsupported language: " + locale);
        };
        CurrentAccount me = currentUser.require();
        scope.forLinkOwner(
                me.municipality(),
                () -> readWrite.execute(s -> {
                    load(me.id()).setPreferredLanguage(tag);
                    return null;
                }));
    }

    private Account load(AccountId id) {
        return accounts.findById(id.value()).orElseThrow(() -> new UnknownAccountException(id));
    }

    static String trimmed(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
