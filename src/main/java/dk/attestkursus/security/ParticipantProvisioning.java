package dk.attestkursus.security;

import static dk.attestkursus.security.AccountService.trimmed;

import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Participant accounts for enrolment and import, split from {@link AccountService} (which stays the
 * door: role checks and the transaction are there): who exists, who is new, unique user names, and the
 * all-or-nothing check of a list.
 */
@Component
class ParticipantProvisioning {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    ParticipantProvisioning(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The accounts that have these e-mail addresses (lower-cased), asked in chunks. */
    Map<String, AccountSummary> byEmails(Collection<String> emails) {
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

    /** See {@link AccountService#provisionParticipants}; {@code administrator}: the caller is one. */
    List<ProvisionedParticipant> provision(List<NewParticipant> people, boolean withPasswords, boolean administrator) {
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
        String noLoginHash = withPasswords ? "" : passwordEncoder.encode(Passwords.generate() + Passwords.generate());
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
                    AccountId id = current.id();
                    Account account = accounts.findById(id.value()).orElseThrow(() -> new UnknownAccountException(id));
                    account.joinTeam(team, leaderId);
                    current = account.toSummary();
                }
                result.add(new ProvisionedParticipant(current, false, null));
                continue;
            }
            String password = withPasswords ? Passwords.generate() : null;
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
            if (email.length() > 254 || !AccountService.EMAIL.matcher(email).matches()) {
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
}
