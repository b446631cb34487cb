package dk.attestkursus.results;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.security.TeamId;
import java.time.LocalDate;
import java.util.List;

/**
 * What the logged-in user may look at: teams (a leader: the teams they lead; {@code allTeams}: whether
 * "all" is a choice, for an administrator or a leader of several teams) and runs, soonest first, each
 * with its day and whether it has been held. Without a run chosen, the results cover the held runs.
 */
public record ResultsChoices(boolean allTeams, List<Option> teams, List<RunOption> runs) {

    public ResultsChoices {
        teams = List.copyOf(teams);
        runs = List.copyOf(runs);
    }

    /** A team. */
    public record Option(TeamId id, String name) {}

    public record RunOption(CourseRunId id, String name, LocalDate day, boolean held) {}
}
