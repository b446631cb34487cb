package dk.attestkursus.results;

import java.util.List;

/** What the logged-in user may look at: teams (a leader: only their own) and runs. Ids with names. */
public record ResultsChoices(boolean allTeams, List<Option> teams, List<Option> runs) {

    public ResultsChoices {
        teams = List.copyOf(teams);
        runs = List.copyOf(runs);
    }

    public record Option(long id, String name) {
    }
}
