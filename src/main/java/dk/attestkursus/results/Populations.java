package dk.attestkursus.results;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.ParticipationService;
import dk.attestkursus.courserun.TeamRun;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.CurrentAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.security.TeamService;
import dk.attestkursus.security.TeamSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who a view of the results is about, cut into blocks: the caseworkers of one team with a place on one
 * run (a caseworker has one active place at most, so blocks never overlap). Figures about people are
 * added up from whole blocks of at least {@link GroupRule#MIN_PEOPLE}, so two views anyone can choose
 * differ by whole blocks or not at all (decision 015). The view is the runs held so far, or one run.
 */
@Component
class Populations {

    /** The caseworkers without a team, in an administrator's view of all teams. */
    static final long NO_TEAM = -1;

    /** One team's caseworkers on one run. */
    record Block(long team, CourseRunId run, List<AccountId> people) {

        Block {
            people = List.copyOf(people);
        }

        boolean counts() {
            return GroupRule.shows(people.size());
        }
    }

    /**
     * The blocks of a view, the runs (those in the view and those left out) with how many each, and the
     * first and last session of the view's runs.
     */
    record Population(
            List<Block> blocks,
            List<Dashboard.RunShare> runs,
            @Nullable Instant firstSession,
            @Nullable Instant lastSession) {

        Population {
            blocks = List.copyOf(blocks);
            runs = List.copyOf(runs);
        }

        /** The blocks the figures add up: those of at least five people. */
        List<Block> counted() {
            return blocks.stream().filter(Block::counts).toList();
        }

        int people() {
            return counted().stream().mapToInt(b -> b.people().size()).sum();
        }
    }

    private final TeamService teams;
    private final CourseRunService runs;
    private final ParticipationService participation;
    private final Clock clock;

    Populations(TeamService teams, CourseRunService runs, ParticipationService participation, Clock clock) {
        this.teams = teams;
        this.runs = runs;
        this.participation = participation;
        this.clock = clock;
    }

    /**
     * The population of a team ({@code null}: all teams, for an administrator; all the teams they lead, for
     * a leader) in one run, or in the runs held so far ({@code run} null). The caller has checked that the
     * user may see the team and the run.
     */
    Population of(CurrentAccount me, @Nullable TeamId team, @Nullable CourseRunId run) {
        boolean admin = me.role() == Role.ADMIN;
        Map<AccountId, Long> teamOf = teamOf(admin, team);
        List<CourseRunSummary> candidates = (admin
                        ? runs.allRuns().stream().filter(r -> r.participantCount() > 0)
                        : runs.myTeamRuns().stream().map(TeamRun::run))
                .filter(r -> run == null || r.id().equals(run))
                .sorted(Comparator.comparing(CourseRunSummary::startsAt))
                .toList();
        Map<CourseRunId, List<AccountId>> participants = admin
                ? runs.participantsOf(
                        candidates.stream().map(CourseRunSummary::id).toList())
                : Map.of();
        Instant now = clock.instant();
        List<Block> blocks = new ArrayList<>();
        List<Dashboard.RunShare> shares = new ArrayList<>();
        Instant first = null;
        Instant last = null;
        for (CourseRunSummary r : candidates) {
            List<AccountId> placed = admin
                    ? participants.getOrDefault(r.id(), List.of())
                    : participation.of(teamOf.keySet(), r.id()).enrolled();
            Map<Long, List<AccountId>> byTeam = placed.stream()
                    .filter(teamOf::containsKey)
                    .collect(Collectors.groupingBy(teamOf::get, TreeMap::new, Collectors.toList()));
            if (byTeam.isEmpty()) {
                continue;
            }
            boolean held = !r.endsAt().isAfter(now);
            boolean inView = run != null || held;
            List<Block> ofRun = byTeam.entrySet().stream()
                    .map(e -> new Block(e.getKey(), r.id(), e.getValue()))
                    .toList();
            int people = ofRun.stream().mapToInt(b -> b.people().size()).sum();
            int counted = inView
                    ? ofRun.stream()
                            .filter(Block::counts)
                            .mapToInt(b -> b.people().size())
                            .sum()
                    : 0;
            shares.add(new Dashboard.RunShare(
                    r.id(), r.name(), r.startsAt().atZone(TimeConfig.ZONE).toLocalDate(), held, people, counted));
            if (inView) {
                blocks.addAll(ofRun);
                first = first == null ? r.startsAt() : first;
                last = r.startsAt();
            }
        }
        return new Population(blocks, shares, first, last);
    }

    /**
     * Each caseworker asked about, with their team: one team; for a leader all the teams they lead; for an
     * administrator every team and the caseworkers without one.
     */
    private Map<AccountId, Long> teamOf(boolean admin, @Nullable TeamId team) {
        Map<AccountId, Long> teamOf = new HashMap<>();
        List<TeamId> asked = team != null
                ? List.of(team)
                : (admin ? teams.teams() : teams.myTeams())
                        .stream().map(TeamSummary::id).toList();
        teams.memberIds(asked).forEach((t, members) -> members.forEach(id -> teamOf.put(id, t.value())));
        if (admin && team == null) {
            teams.participantIds().forEach(id -> teamOf.putIfAbsent(id, NO_TEAM));
        }
        return teamOf;
    }
}
