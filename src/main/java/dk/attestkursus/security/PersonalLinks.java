package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import dk.attestkursus.security.domain.AccountToken;
import dk.attestkursus.security.domain.AccountTokenRepository;
import dk.attestkursus.security.domain.SsoDomainRepository;
import dk.attestkursus.security.domain.SsoProviderRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal links by mail (issue 22): an invitation to a new account's first password and a reset of a
 * forgotten one. A link's token is 32 random bytes; only its SHA-256 hash is stored. A link works once,
 * until it expires, and a newer link of the same kind replaces the older. Choosing a password by a link
 * activates the account; a reset also ends the account's other sessions. Links are found across
 * municipalities (a link names no municipality) and used within the account's own.
 */
@Service
public class PersonalLinks {

    /** Resets one account may ask for in an hour; more are answered the same way but send nothing. */
    public static final int RESETS_PER_HOUR = 3;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final SsoProviderRepository providers;
    private final SsoDomainRepository domains;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final MunicipalScope scope;
    private final CurrentUser currentUser;
    private final ObjectProvider<InstructorReach> instructorReach;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration invitationValidity;

    PersonalLinks(
            AccountRepository accounts,
            AccountTokenRepository tokens,
            SsoProviderRepository providers,
            SsoDomainRepository domains,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            MunicipalScope scope,
            CurrentUser currentUser,
            ObjectProvider<InstructorReach> instructorReach,
            PlatformTransactionManager txm,
            Clock clock,
            @Value("${attestkursus.accounts.invitation-days:7}") int invitationDays) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.providers = providers;
        this.domains = domains;
        this.policy = policy;
        this.encoder = encoder;
        this.scope = scope;
        this.currentUser = currentUser;
        this.instructorReach = instructorReach;
        this.tx = new TransactionTemplate(txm);
        this.clock = clock;
        this.invitationValidity = Duration.ofDays(invitationDays);
    }

    /**
     * A new invitation for an account of the caller's municipality that has not been activated (the
     * instructor's or administrator's "send again", or the system's mail for a new account); earlier
     * invitations of the account stop working. Refused ({@link LinkRefusedException} USED) for an
     * account that is active already, and "not found" for an account the caller cannot see; an instructor
     * is denied for anyone but the participants of their runs (decision 028).
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_ADMIN_OR_SYSTEM)
    public PersonalLink invite(AccountId id) {
        requireInstructorReach(id);
        return Objects.requireNonNull(tx.execute(s -> {
            Account account = accounts.findById(id.value()).orElseThrow(() -> new UnknownAccountException(id));
            if (account.isActivated() || !account.isActive()) {
                throw new LinkRefusedException(LinkRefusedException.Reason.ACTIVATED);
            }
            return issue(account, LinkPurpose.INVITATION);
        }));
    }

    /** Whether an invitation to the account was made less than a minute ago (a second click is refused). */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_ADMIN_OR_SYSTEM)
    public boolean invitedWithinAMinute(AccountId id) {
        requireInstructorReach(id);
        return tokens.countByAccountIdAndPurposeAndCreatedAtAfter(
                        id.value(),
                        AccountToken.Purpose.INVITATION,
                        clock.instant().minusSeconds(60))
                > 0;
    }

    /** Which of these accounts (of the caller's municipality) have been activated by their owner. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_ADMIN_OR_SYSTEM)
    public Map<AccountId, Boolean> activated(Collection<AccountId> ids) {
        ids.forEach(this::requireInstructorReach);
        Map<AccountId, Boolean> result = new HashMap<>();
        List<Long> all = ids.stream().map(AccountId::value).distinct().toList();
        for (int from = 0; from < all.size(); from += 1000) {
            accounts.findAllById(all.subList(from, Math.min(all.size(), from + 1000)))
                    .forEach(a -> result.put(new AccountId(a.requireId()), a.isActivated()));
        }
        return result;
    }

    /**
     * A reset link for the active account with this e-mail or user name (any case, spaces around), or
     * nothing: for no such account and for an account that asked {@value #RESETS_PER_HOUR} times this hour.
     * The caller answers the same either way, so nobody learns which accounts exist. Only the system asks
     * (the "forgot password" page through {@code selfservice.PasswordResets}, which mails the link): whoever
     * holds the link can choose the account's password, so it is never handed to a visitor (decision 028).
     */
    @PreAuthorize(AppRoles.HAS_SYSTEM)
    public Optional<PersonalLink> requestReset(String emailOrUsername) {
        String key = emailOrUsername.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty() || key.length() > 254) {
            return Optional.empty();
        }
        Optional<Account> found =
                scope.platform(() -> key.contains("@") ? accounts.findByEmail(key) : accounts.findByUsername(key));
        // The platform's own people (municipality 0) have no link by mail: the same answer, nothing sent.
        return found.filter(a -> a.isActive() && !a.municipality().isPlatform())
                .flatMap(a -> scope.forLinkOwner(
                        a.municipality(),
                        () -> tx.execute(s -> {
                            Account account = accounts.findById(a.requireId()).orElseThrow();
                            Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
                            if (tokens.countByAccountIdAndPurposeAndCreatedAtAfter(
                                            account.requireId(), AccountToken.Purpose.RESET, hourAgo)
                                    >= RESETS_PER_HOUR) {
                                return Optional.<PersonalLink>empty();
                            }
                            return Optional.of(issue(account, LinkPurpose.RESET));
                        })));
    }

    /** What the link is: usable, expired, used or unknown (for its page, before the form is shown). */
    @PreAuthorize("permitAll()")
    public LinkCheck check(@Nullable String token) {
        Optional<AccountToken> found = find(token);
        if (found.isEmpty()) {
            return new LinkCheck(LinkCheck.State.UNKNOWN, null, null);
        }
        AccountToken t = found.get();
        LinkCheck.State state = state(t);
        String name = state == LinkCheck.State.VALID
                ? scope.platform(() -> accounts.findById(t.getAccountId())
                        .map(Account::getDisplayName)
                        .orElse(null))
                : null;
        return new LinkCheck(state, purpose(t.getPurpose()), name);
    }

    /**
     * Sets the password the owner chose through a usable link: the rules of {@link PasswordPolicy}
     * (field {@code password}), and the same twice (field {@code repeat}). The link is used up, the
     * account's other links stop working, and a reset ends the account's other sessions. Returns the user
     * name to log in with.
     */
    @PreAuthorize("permitAll()")
    public String choosePassword(@Nullable String token, @Nullable String password, @Nullable String repeat) {
        AccountToken found = find(token).orElseThrow(() -> LinkRefusedException.of(LinkCheck.State.UNKNOWN));
        LinkCheck.State state = state(found);
        if (state != LinkCheck.State.VALID) {
            throw LinkRefusedException.of(state);
        }
        MunicipalityId municipality = found.municipality();
        return Objects.requireNonNull(scope.forLinkOwner(
                municipality,
                () -> tx.execute(s -> {
                    AccountToken t = tokens.findById(found.requireId()).orElseThrow();
                    Account account = accounts.findById(t.getAccountId()).orElseThrow();
                    // an invitation left in a mailbox cannot overwrite the password of an account in use
                    boolean invitationOfAnActiveAccount =
                            t.getPurpose() == AccountToken.Purpose.INVITATION && account.isActivated();
                    if (state(t) != LinkCheck.State.VALID || !account.isActive() || invitationOfAnActiveAccount) {
                        throw LinkRefusedException.of(
                                state(t) == LinkCheck.State.VALID ? LinkCheck.State.USED : state(t));
                    }
                    checkPassword(account, password, repeat);
                    Instant now = clock.instant();
                    account.chooseOwnPassword(encoder.encode(Objects.requireNonNull(password)), now);
                    t.use(now);
                    for (AccountToken.Purpose p : AccountToken.Purpose.values()) {
                        tokens.findByAccountIdAndPurpose(account.requireId(), p).forEach(other -> other.replace(now));
                    }
                    if (t.getPurpose() == AccountToken.Purpose.RESET) {
                        account.endSessionsBefore(now);
                    }
                    return account.getUsername();
                })));
    }

    /**
     * A new link in place of an expired one (the page of an expired link offers it): a new invitation
     * for an account still not activated, a new reset within the hourly limit; otherwise nothing. Only the
     * system asks, and mails the link ({@link #requestReset}).
     */
    @PreAuthorize(AppRoles.HAS_SYSTEM)
    public Optional<PersonalLink> renew(@Nullable String token) {
        Optional<AccountToken> found = find(token).filter(t -> state(t) == LinkCheck.State.EXPIRED);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccountToken old = found.get();
        if (old.getPurpose() == AccountToken.Purpose.RESET) {
            String username = scope.platform(
                            () -> accounts.findById(old.getAccountId()).map(Account::getUsername))
                    .orElse("");
            return requestReset(username);
        }
        return scope.forLinkOwner(
                old.municipality(),
                () -> tx.execute(s -> {
                    Account account = accounts.findById(old.getAccountId()).orElseThrow();
                    return account.isActivated() || !account.isActive()
                            ? Optional.<PersonalLink>empty()
                            : Optional.of(issue(account, LinkPurpose.INVITATION));
                }));
    }

    /**
     * The logged-in user changes their own password: the current one is asked for, the rules apply. Every
     * other session of the account ends at its next request (issue 24); the one it was typed in lives on.
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(@Nullable String current, @Nullable String password, @Nullable String repeat) {
        CurrentAccount me = currentUser.require();
        // In the account's own municipality, also while its owner visits another as a guest instructor.
        scope.forLinkOwner(
                me.municipality(),
                () -> tx.execute(s -> {
                    Account account = accounts.findById(me.id().value()).orElseThrow();
                    if (current == null || !encoder.matches(current, account.getPasswordHash())) {
                        throw new AccountValidationException(Map.of("current", "password.error.current"));
                    }
                    checkPassword(account, password, repeat);
                    Instant now = clock.instant();
                    account.chooseOwnPassword(encoder.encode(Objects.requireNonNull(password)), now);
                    for (AccountToken.Purpose p : AccountToken.Purpose.values()) {
                        tokens.findByAccountIdAndPurpose(account.requireId(), p).forEach(open -> open.replace(now));
                    }
                    account.endSessionsBefore(now);
                    SessionValidityFilter.keepCurrentSession(now);
                    return null;
                }));
    }

    /** Ends every session of the logged-in user, this one included, at their next request. */
    @PreAuthorize("isAuthenticated()")
    public void endMySessions() {
        CurrentAccount me = currentUser.require();
        scope.forLinkOwner(
                me.municipality(),
                () -> tx.execute(s -> {
                    accounts.findById(me.id().value()).orElseThrow().endSessionsBefore(clock.instant());
                    return null;
                }));
    }

    /** An instructor acts only for the participants of the runs they teach. */
    private void requireInstructorReach(AccountId id) {
        boolean instructor =
                currentUser.get().map(me -> me.role() == Role.INSTRUCTOR).orElse(false);
        if (instructor && !instructorReach.getObject().reaches(id)) {
            throw new AccessDeniedException("not a participant of the instructor's runs");
        }
    }

    private void checkPassword(Account account, @Nullable String password, @Nullable String repeat) {
        List<String> problems = policy.problems(password, account.getUsername(), account.getEmail());
        if (!problems.isEmpty()) {
            throw new AccountValidationException(Map.of("password", problems.getFirst()));
        }
        if (!Objects.equals(password, repeat)) {
            throw new AccountValidationException(Map.of("repeat", "password.error.repeat"));
        }
    }

    private PersonalLink issue(Account account, LinkPurpose purpose) {
        AccountToken.Purpose kind = AccountToken.Purpose.valueOf(purpose.name());
        Instant now = clock.instant();
        tokens.findByAccountIdAndPurpose(account.requireId(), kind).forEach(t -> t.replace(now));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(purpose == LinkPurpose.INVITATION ? invitationValidity : RESET_VALIDITY);
        AccountToken saved = new AccountToken(account.requireId(), kind, hash(token), now, expires);
        tokens.save(saved);
        return new PersonalLink(
                account.toSummary(), account.municipality(), purpose, token, expires, ownLoginOnly(account));
    }

    /**
     * Whether the account's municipality (the session's here) has turned passwords off for its staff; its
     * practice consultants keep theirs (decision 023).
     */
    private boolean ownLoginOnly(Account account) {
        return SsoRules.ownLoginOnly(
                account, providers.findByMunicipalityId(account.municipality().value()), domains);
    }

    private Optional<AccountToken> find(@Nullable String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return scope.platform(() -> tokens.findByTokenHash(hash(token)));
    }

    private LinkCheck.State state(AccountToken t) {
        if (t.isUsed() || t.isReplaced()) {
            return LinkCheck.State.USED;
        }
        return t.isExpiredAt(clock.instant()) ? LinkCheck.State.EXPIRED : LinkCheck.State.VALID;
    }

    private static LinkPurpose purpose(AccountToken.Purpose purpose) {
        return LinkPurpose.valueOf(purpose.name());
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
