package dk.attestkursus.security;

import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import dk.attestkursus.security.domain.Team;
import dk.attestkursus.security.domain.TeamLeader;
import dk.attestkursus.security.domain.TeamLeaderRepository;
import dk.attestkursus.security.domain.TeamRepository;
import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's teams (issue 21): named teams or departments with one or more leaders, managed by
 * the municipal administrators, who alone decide who belongs to which team. A leader sees the teams they
 * lead; the ids of a team's caseworkers feed aggregated results, never their names.
 */
@Service
public class TeamService {

    /** The longest team name. */
    public static final int MAX_NAME = 100;

    /** From this many teams on, {@link #memberIds(Collection)} reads all members rather than list the teams. */
    private static final int MANY_TEAMS = 250;

    private final TeamRepository teams;
    private final TeamLeaderRepository leaders;
    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final CprGuard cpr;
    private final Clock clock;

    TeamService(
            TeamRepository teams,
            TeamLeaderRepository leaders,
            AccountRepository accounts,
            CurrentUser currentUser,
            CprGuard cpr,
            Clock clock) {
        this.teams = teams;
        this.leaders = leaders;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.cpr = cpr;
        this.clock = clock;
    }

    /** Every team of the municipality, by name, with leaders and size. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public List<TeamSummary> teams() {
        return summarise(teams.findAllByOrderByNameAsc());
    }

    /** The teams the logged-in leader leads, by name. */
    @PreAuthorize(AppRoles.HAS_LEADER)
    @Transactional(readOnly = true)
    public List<TeamSummary> myTeams() {
        long me = currentUser.require().id().value();
        List<Long> ids =
                leaders.findByLeaderId(me).stream().map(TeamLeader::getTeamId).toList();
        return summarise(teams.findAllById(ids).stream()
                .sorted(Comparator.comparing(Team::getName, Collator.getInstance(Locale.forLanguageTag("da"))))
                .toList());
    }

    /** Teams by id (a run's participants' teams, a mail's leaders), for staff and the system. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_ADMIN_OR_SYSTEM)
    @Transactional(readOnly = true)
    public Map<TeamId, TeamSummary> summaries(Collection<TeamId> ids) {
        return summarise(teams.findAllById(
                        ids.stream().map(TeamId::value).distinct().toList()))
                .stream()
                .collect(Collectors.toMap(TeamSummary::id, Function.identity()));
    }

    /** The team of this name (any case) in the municipality, for an administrator's import. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public Optional<TeamId> named(String name) {
        return teams.findByNameIgnoringCase(name.strip()).map(t -> new TeamId(t.requireId()));
    }

    /** The teams these leaders lead, for an import naming a leader instead of a team. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public Map<AccountId, List<TeamId>> ledBy(Collection<AccountId> leaderIds) {
        return leaders.findByLeaderIdIn(leaderIds.stream().map(AccountId::value).toList()).stream()
                .collect(Collectors.groupingBy(
                        l -> new AccountId(l.getLeaderId()),
                        Collectors.mapping(l -> new TeamId(l.getTeamId()), Collectors.toList())));
    }

    /**
     * The caseworkers of a team, by id only, for aggregated results: a team the logged-in leader leads,
     * or for an administrator any team of the municipality. Another team is "not found".
     */
    @PreAuthorize(AppRoles.HAS_LEADER_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<AccountId> memberIds(TeamId team) {
        require(team);
        return accounts.idsByTeam(team.value()).stream().map(AccountId::new).toList();
    }

    /**
     * {@link #memberIds(TeamId)} for many teams at once, in one statement: each team asked about with its
     * caseworkers' ids. From {@value #MANY_TEAMS} teams on, the statement reads every team's members. Refused ("not found") if any team is not one the user may see.
     */
    @PreAuthorize(AppRoles.HAS_LEADER_OR_ADMIN)
    @Transactional(readOnly = true)
    public Map<TeamId, List<AccountId>> memberIds(Collection<TeamId> teamIds) {
        CurrentAccount me = currentUser.require();
        Set<Long> asked = teamIds.stream().map(TeamId::value).collect(Collectors.toSet());
        Set<Long> allowed = me.role() == Role.ADMIN
                ? teams.findAllById(asked).stream().map(Team::requireId).collect(Collectors.toSet())
                : leaders.findByLeaderId(me.id().value()).stream()
                        .map(TeamLeader::getTeamId)
                        .collect(Collectors.toSet());
        asked.stream().filter(t -> !allowed.contains(t)).findFirst().ifPresent(t -> {
            throw new TeamRefusedException(TeamRefusedException.Reason.NOT_FOUND, "team " + t);
        });
        Map<TeamId, List<AccountId>> members = new LinkedHashMap<>();
        teamIds.forEach(t -> members.put(t, new ArrayList<>()));
        List<Long> ids = List.copyOf(asked);
        List<Object[]> rows = new ArrayList<>();
        if (ids.size() >= MANY_TEAMS) { // listing many ids makes H2 compare every row with each (base.Chunks)
            rows.addAll(accounts.idsOfTeamMembers());
        } else {
            rows.addAll(accounts.idsByTeams(ids));
        }
        for (Object[] row : rows) {
            List<AccountId> of = members.get(new TeamId((Long) row[0]));
            if (of != null) {
                of.add(new AccountId((Long) row[1]));
            }
        }
        members.replaceAll((team, people) -> List.copyOf(people));
        return members;
    }

    /** Every caseworker account, by id only, for an administrator's aggregated results. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public List<AccountId> participantIds() {
        return accounts.idsByRole(Role.PARTICIPANT).stream().map(AccountId::new).toList();
    }

    /** The caseworkers of a team, by name, for the administrator's team page. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public List<AccountSummary> members(TeamId team) {
        require(team);
        return accounts.findByTeamIdInOrderByDisplayNameAsc(List.of(team.value())).stream()
                .map(Account::toSummary)
                .toList();
    }

    /** A new team with its leaders (active leaders of the municipality); a name used already is refused. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public TeamId create(@Nullable String name, Collection<AccountId> leaderIds) {
        String clean = check(name, leaderIds, null);
        Team team = teams.save(new Team(clean, clock.instant()));
        setLeaders(team.requireId(), leaderIds);
        return new TeamId(team.requireId());
    }

    /** Renames a team and sets its leaders. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public void update(TeamId id, @Nullable String name, Collection<AccountId> leaderIds) {
        Team team = require(id);
        team.rename(check(name, leaderIds, team));
        setLeaders(team.requireId(), leaderIds);
    }

    /**
     * Sets who belongs to the team: these caseworkers (moved from any other team) and no one else (those
     * left out have no team afterwards). Only active caseworkers of the municipality can be members.
     */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public void setMembers(TeamId id, Collection<AccountId> memberIds) {
        Team team = require(id);
        Set<Long> wanted = memberIds.stream().map(AccountId::value).collect(Collectors.toSet());
        List<Account> people = accounts.findAllById(wanted);
        if (people.size() != wanted.size()
                || people.stream().anyMatch(a -> a.getRole() != Role.PARTICIPANT || !a.isActive())) {
            throw new AccountValidationException(Map.of("members", "teams.error.members"));
        }
        for (Account former : accounts.findByTeamId(team.requireId())) {
            if (!wanted.contains(former.requireId())) {
                former.moveToTeam(null);
            }
        }
        people.forEach(a -> a.moveToTeam(team.requireId()));
    }

    /** Deletes a team without caseworkers (its leaders stay leaders; its data extract goes with it). */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public void delete(TeamId id) {
        Team team = require(id);
        int members = accounts.idsByTeam(team.requireId()).size();
        if (members > 0) {
            throw new TeamRefusedException(TeamRefusedException.Reason.HAS_MEMBERS, members + " members");
        }
        leaders.deleteByTeamId(team.requireId());
        teams.delete(team);
    }

    /** The team, if the user may see it: any of the municipality's for an administrator, their own for a leader. */
    private Team require(TeamId id) {
        CurrentAccount me = currentUser.require();
        Team team = teams.findById(id.value())
                .orElseThrow(() -> new TeamRefusedException(TeamRefusedException.Reason.NOT_FOUND, "team " + id));
        if (me.role() != Role.ADMIN
                && leaders.findByLeaderId(me.id().value()).stream().noneMatch(l -> l.getTeamId() == id.value())) {
            throw new TeamRefusedException(TeamRefusedException.Reason.NOT_FOUND, "not led by " + me.id());
        }
        return team;
    }

    /** The cleaned name, or field errors: a name (not too long, not another team's) and active leaders. */
    private String check(@Nullable String name, Collection<AccountId> leaderIds, @Nullable Team self) {
        Map<String, String> errors = new LinkedHashMap<>();
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            errors.put("name", "account.error.required");
        } else if (clean.length() > MAX_NAME) {
            errors.put("name", "account.error.tooLong");
        } else if (cpr.containsCpr(clean)) {
            errors.put("name", "account.error.cpr");
        } else if (teams.findByNameIgnoringCase(clean).filter(t -> t != self).isPresent()) {
            errors.put("name", "teams.error.nameTaken");
        }
        Set<Long> ids = leaderIds.stream().map(AccountId::value).collect(Collectors.toSet());
        List<Account> found = accounts.findAllById(ids);
        if (found.size() != ids.size() || found.stream().anyMatch(a -> a.getRole() != Role.LEADER || !a.isActive())) {
            errors.put("leaders", "account.error.leader.invalid");
        }
        if (!errors.isEmpty()) {
            throw new AccountValidationException(errors);
        }
        return clean;
    }

    private void setLeaders(long teamId, Collection<AccountId> leaderIds) {
        Set<Long> wanted = leaderIds.stream().map(AccountId::value).collect(Collectors.toSet());
        Set<Long> kept = new HashSet<>();
        for (TeamLeader existing : leaders.findByTeamIdIn(List.of(teamId))) {
            if (wanted.contains(existing.getLeaderId())) {
                kept.add(existing.getLeaderId());
            } else {
                leaders.delete(existing);
            }
        }
        wanted.stream().filter(l -> !kept.contains(l)).forEach(l -> leaders.save(new TeamLeader(teamId, l)));
    }

    private List<TeamSummary> summarise(List<Team> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Team::requireId).toList();
        Map<Long, List<Long>> leadersOf = leaders.findByTeamIdIn(ids).stream()
                .collect(Collectors.groupingBy(
                        TeamLeader::getTeamId, Collectors.mapping(TeamLeader::getLeaderId, Collectors.toList())));
        Map<Long, String> names = new HashMap<>();
        accounts.findAllById(leadersOf.values().stream()
                        .flatMap(List::stream)
                        .distinct()
                        .toList())
                .forEach(a -> names.put(a.requireId(), a.getDisplayName()));
        Map<Long, Integer> sizes = new HashMap<>();
        for (Object[] row : accounts.countByTeam()) {
            sizes.put((Long) row[0], ((Number) row[1]).intValue());
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("da"));
        return found.stream()
                .map(t -> new TeamSummary(
                        new TeamId(t.requireId()),
                        t.getName(),
                        leadersOf.getOrDefault(t.requireId(), List.of()).stream()
                                .map(l -> new TeamSummary.Leader(new AccountId(l), names.getOrDefault(l, "?")))
                                .sorted(Comparator.comparing(TeamSummary.Leader::name, collator))
                                .toList(),
                        sizes.getOrDefault(t.requireId(), 0)))
                .toList();
    }
}
