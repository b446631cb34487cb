package dk.attestkursus.security;

import static dk.attestkursus.security.AccountService.trimmed;

import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import dk.attestkursus.security.domain.Team;
import dk.attestkursus.security.domain.TeamLeader;
import dk.attestkursus.security.domain.TeamLeaderRepository;
import dk.attestkursus.security.domain.TeamRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
    private final TeamRepository teams;
    private final TeamLeaderRepository teamLeaders;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    ParticipantProvisioning(
            AccountRepository accounts,
            TeamRepository teams,
            TeamLeaderRepository teamLeaders,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.accounts = accounts;
        this.teams = teams;
        this.teamLeaders = teamLeaders;
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
        Teams listed = administrator ? new Teams(leaders, teamsByName(), teamsLedBy(leaders.values())) : null;
        checkParticipants(people, existing, elsewhere, listed);
        // One hash of a discarded secret for every imported account: no one can log in with it.
        String noLoginHash = withPasswords ? "" : passwordEncoder.encode(Passwords.generate() + Passwords.generate());
        Set<String> usernames = takenUsernames(people.stream()
                .filter(p -> !existing.containsKey(trimmed(p.email()).toLowerCase(Locale.ROOT)))
                .map(p -> usernameBase(trimmed(p.email()).toLowerCase(Locale.ROOT)))
                .toList());
        List<ProvisionedParticipant> result = new ArrayList<>(people.size());
        for (NewParticipant p : people) {
            String email = trimmed(p.email()).toLowerCase(Locale.ROOT);
            Long teamId = listed == null ? null : listed.of(p);
            AccountSummary current = existing.get(email);
            if (current != null) {
                if (teamId != null) {
                    AccountId id = current.id();
                    Account account = accounts.findById(id.value()).orElseThrow(() -> new UnknownAccountException(id));
                    account.moveToTeam(teamId);
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
                    teamId,
                    clock.instant());
            result.add(new ProvisionedParticipant(accounts.save(account).toSummary(), true, password));
        }
        return result;
    }

    /** The new people's e-mails that an account of another municipality has (e-mails are unique on the platform). */
    private Set<String> takenElsewhere(List<NewParticipant> people, Map<String, AccountSummary> existing) {
        return takenElsewhere(people.stream()
                .map(p -> trimmed(p.email()).toLowerCase(Locale.ROOT))
                .filter(e -> !existing.containsKey(e))
                .toList());
    }

    /** Which of these e-mails (lower-cased) an account outside the current municipality has. */
    Set<String> takenElsewhere(Collection<String> emails) {
        List<String> lower = emails.stream()
                .map(e -> trimmed(e).toLowerCase(Locale.ROOT))
                .filter(e -> !e.isEmpty())
                .distinct()
                .toList();
        Map<String, AccountSummary> own = byEmails(lower);
        List<String> fresh = lower.stream().filter(e -> !own.containsKey(e)).toList();
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < fresh.size(); from += 1000) {
            taken.addAll(accounts.emailsTakenOnPlatform(fresh.subList(from, Math.min(fresh.size(), from + 1000))));
        }
        return taken;
    }

    /**
     * The municipality's teams and leaders, for an administrator's list: a person goes to the team the
     * list names (an existing team of the municipality), or, without a team, to the one team the named
     * leader leads.
     */
    private record Teams(Map<String, AccountSummary> leaders, Map<String, Long> byName, Map<Long, List<Long>> ledBy) {

        /** The team a person of the list goes to; null: none given, or not one (then {@link #problem}). */
        @Nullable
        Long of(NewParticipant p) {
            String name = p.team() == null ? "" : p.team().strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                return byName.get(name);
            }
            AccountSummary leader = leaders.get(trimmed(p.leaderEmail()).toLowerCase(Locale.ROOT));
            List<Long> led =
                    leader == null ? List.of() : ledBy.getOrDefault(leader.id().value(), List.of());
            return led.size() == 1 ? led.getFirst() : null;
        }

        /** What is wrong with the person's team or leader: field and translation key, or null. */
        String @Nullable [] problem(NewParticipant p) {
            String name = p.team() == null ? "" : p.team().strip();
            if (!name.isEmpty()) {
                return byName.containsKey(name.toLowerCase(Locale.ROOT))
                        ? null
                        : new String[] {"team", "teams.error.unknown"};
            }
            String leaderEmail = trimmed(p.leaderEmail()).toLowerCase(Locale.ROOT);
            if (leaderEmail.isEmpty()) {
                return null;
            }
            AccountSummary leader = leaders.get(leaderEmail);
            if (leader == null || leader.role() != Role.LEADER || !leader.active()) {
                return new String[] {"leaderEmail", "account.error.leader.invalid"};
            }
            return of(p) == null ? new String[] {"leaderEmail", "teams.error.leaderTeams"} : null;
        }
    }

    /** The municipality's teams by lower-cased name. */
    private Map<String, Long> teamsByName() {
        Map<String, Long> byName = new HashMap<>();
        for (Team team : teams.findAll()) {
            byName.put(team.getName().toLowerCase(Locale.ROOT), team.requireId());
        }
        return byName;
    }

    /** The teams each of these leaders leads. */
    private Map<Long, List<Long>> teamsLedBy(Collection<AccountSummary> leaders) {
        return teamLeaders
                .findByLeaderIdIn(leaders.stream().map(a -> a.id().value()).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        TeamLeader::getLeaderId, Collectors.mapping(TeamLeader::getTeamId, Collectors.toList())));
    }

    /**
     * Every person checked before anything is stored: a name, a valid e-mail given once and not another
     * municipality's, an existing account only if an active participant; for an administrator's list
     * ({@code teams} not null) a named team must exist, and a leader named without a team must lead one.
     */
    private static void checkParticipants(
            List<NewParticipant> people,
            Map<String, AccountSummary> existing,
            Set<String> elsewhere,
            @Nullable Teams teams) {
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
            String[] problem = teams == null ? null : teams.problem(p);
            if (problem != null) {
                errors.put(i + "." + problem[0], problem[1]);
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
