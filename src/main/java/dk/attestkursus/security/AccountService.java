package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: the API of the security feature. Security and transactions live here; the views
 * only call it. Every method checks the caller's role, and input is validated here even when a
 * form already did.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    static final int GENERATED_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    // No 0/O, 1/l/I: the password is read aloud or copied by hand.
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** All accounts, by name. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public List<AccountSummary> listAccounts() {
        return accounts.findAllByOrderByDisplayNameAsc().stream()
                .map(Account::toSummary)
                .toList();
    }

    /** The active leaders, for linking a caseworker to one. */
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

    /** The caseworkers whose leader is the logged-in leader. */
    @PreAuthorize(AppRoles.HAS_LEADER)
    public List<AccountSummary> myTeam() {
        long me = currentUser.require().id().value();
        return accounts.findByLeaderIdOrderByDisplayNameAsc(me).stream()
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
        Long leaderId = role == Role.PARTICIPANT && input.leaderId() != null
                ? input.leaderId().value()
                : null;
        if (leaderId != null
                && accounts.findById(leaderId)
                        .filter(a -> a.getRole() == Role.LEADER && a.isActive())
                        .isEmpty()) {
            errors.put("leaderId", "account.error.leader.invalid");
        }
        if (!errors.isEmpty() || role == null) {
            throw new AccountValidationException(errors);
        }
        String password = generatePassword();
        Account account = new Account(
                username, email, displayName, passwordEncoder.encode(password), role, kind, leaderId, clock.instant());
        if (municipality != null) {
            account.belongTo(municipality);
        }
        Account saved = accounts.save(account);
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
        if (emails.isEmpty()) {
            return Map.of();
        }
        Map<String, AccountSummary> found = new LinkedHashMap<>();
        List<String> lower =
                emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
        for (int from = 0; from < lower.size(); from += 1000) {
            accounts.findByEmailIn(lower.subList(from, Math.min(lower.size(), from + 1000)))
                    .forEach(a -> found.put(a.getEmail(), a.toSummary()));
        }
        return found;
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
        boolean administrator = currentUser.require().role() == Role.ADMIN;
        Map<String, AccountSummary> existing =
                byEmails(people.stream().map(p -> trimmed(p.email())).toList());
        Map<String, AccountSummary> leaders = administrator
                ? byEmails(people.stream()
                        .map(p -> trimmed(p.leaderEmail()))
                        .filter(e -> !e.isEmpty())
                        .toList())
                : Map.of();
        Set<String> elsewhere = takenElsewhere(people, existing);
        checkParticipants(people, existing, elsewhere, administrator ? leaders : null);
        // One hash of a discarded secret for every imported account: no one can log in with it.
        String noLoginHash = withPasswords ? "" : passwordEncoder.encode(generatePassword() + generatePassword());
        Set<String> usernames = takenUsernames(people.stream()
                .filter(p -> !existing.containsKey(trimmed(p.email()).toLowerCase(Locale.ROOT)))
                .map(p -> usernameBase(trimmed(p.email()).toLowerCase(Locale.ROOT)))
                .toList());
        List<ProvisionedParticipant> result = new ArrayList<>(people.size());
        for (NewParticipant p : people) {
            String email = trimmed(p.email()).toLowerCase(Locale.ROOT);
            AccountSummary leader = leaders.get(trimmed(p.leaderEmail()).toLowerCase(Locale.ROOT));
            Long leaderId = leader == null ? null : leader.id().value();
            String team = !administrator || p.team() == null || p.team().isBlank()
                    ? null
                    : p.team().strip();
            AccountSummary current = existing.get(email);
            if (current != null) {
                if (administrator && leaderId != null) {
                    Account account = load(current.id());
                    account.joinTeam(team, leaderId);
                    current = account.toSummary();
                }
                result.add(new ProvisionedParticipant(current, false, null));
                continue;
            }
            String password = withPasswords ? generatePassword() : null;
            Account account = new Account(
                    freeUsername(email, usernames),
                    email,
                    trimmed(p.name()).replaceAll("\\s+", " "),
                    password == null ? noLoginHash : passwordEncoder.encode(password),
                    Role.PARTICIPANT,
                    null,
                    leaderId,
                    clock.instant());
            if (leaderId != null) {
                account.joinTeam(team, leaderId);
            }
            result.add(new ProvisionedParticipant(accounts.save(account).toSummary(), true, password));
        }
        return result;
    }

    /** The new people's e-mails that an account of another municipality has (e-mails are unique on the platform). */
    private Set<String> takenElsewhere(List<NewParticipant> people, Map<String, AccountSummary> existing) {
        List<String> fresh = people.stream()
                .map(p -> trimmed(p.email()).toLowerCase(Locale.ROOT))
                .filter(e -> !e.isEmpty() && !existing.containsKey(e))
                .distinct()
                .toList();
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < fresh.size(); from += 1000) {
            taken.addAll(accounts.emailsTakenOnPlatform(fresh.subList(from, Math.min(fresh.size(), from + 1000))));
        }
        return taken;
    }

    /**
     * Every person checked before anything is stored: a name, a valid e-mail given once and not another
     * municipality's, an existing account only if an active participant; for an administrator's list
     * ({@code leaders} not null) a given leader must be an active leader and a team not too long.
     */
    private static void checkParticipants(
            List<NewParticipant> people,
            Map<String, AccountSummary> existing,
            Set<String> elsewhere,
            @Nullable Map<String, AccountSummary> leaders) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            NewParticipant p = people.get(i);
            String email = trimmed(p.email()).toLowerCase(Locale.ROOT);
            if (trimmed(p.name()).isEmpty() || trimmed(p.name()).length() > 200) {
                errors.put(i + ".name", "account.error.required");
            }
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                errors.put(i + ".email", "account.error.email.format");
            } else if (!seen.add(email)) {
                errors.put(i + ".email", "account.error.email.taken");
            } else if (elsewhere.contains(email)) {
                errors.put(i + ".email", "account.error.email.otherMunicipality");
            }
            AccountSummary current = existing.get(email);
            if (current != null && (current.role() != Role.PARTICIPANT || !current.active())) {
                errors.put(i + ".email", "account.error.notParticipant");
            }
            String leaderEmail = trimmed(p.leaderEmail()).toLowerCase(Locale.ROOT);
            if (leaders != null && !leaderEmail.isEmpty()) {
                AccountSummary leader = leaders.get(leaderEmail);
                if (leader == null || leader.role() != Role.LEADER || !leader.active()) {
                    errors.put(i + ".leaderEmail", "account.error.leader.invalid");
                }
                if (p.team() != null && p.team().strip().length() > 100) {
                    errors.put(i + ".team", "account.error.tooLong");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new AccountValidationException(errors);
        }
    }

    /** A user name from the e-mail's local part, made unique with a number. */
    private String freeUsername(String email, Set<String> taken) {
        String base = usernameBase(email);
        String candidate = base;
        if (taken.contains(candidate)) {
            taken.addAll(accounts.usernamesStartingWith(base));
            for (int n = 2; taken.contains(candidate); n++) {
                candidate = base + n;
            }
        }
        taken.add(candidate);
        return candidate;
    }

    private static String usernameBase(String email) {
        String base = email.substring(0, email.indexOf('@')).replaceAll("[^a-z0-9._-]", "");
        if (base.length() > 56) {
            base = base.substring(0, 56);
        }
        while (base.length() < 3) {
            base = base + "x";
        }
        return base;
    }

    /** The user names among these that are taken, asked in chunks. */
    private Set<String> takenUsernames(Collection<String> candidates) {
        List<String> list = List.copyOf(new HashSet<>(candidates));
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < list.size(); from += 1000) {
            taken.addAll(accounts.findUsernamesIn(list.subList(from, Math.min(list.size(), from + 1000))));
        }
        return taken;
    }

    /** Stops an account from logging in; its data stays. An administrator cannot lock themself out. */
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
        String password = generatePassword();
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

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setMyLanguage(Locale locale) {
        String tag = switch (locale.getLanguage()) {
            case "da", "en" -> locale.getLanguage();
            default -> throw new IllegalArgumentException("Unsupported language: " + locale);
        };
        load(currentUser.require().id()).setPreferredLanguage(tag);
    }

    private Account load(AccountId id) {
        return accounts.findById(id.value()).orElseThrow(() -> new UnknownAccountException(id));
    }

    private String generatePassword() {
        StringBuilder sb = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String trimmed(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
