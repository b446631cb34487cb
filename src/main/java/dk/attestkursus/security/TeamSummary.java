package dk.attestkursus.security;

import java.util.List;

/** A team as lists and choices show it: its name, its leaders (by name) and how many caseworkers it has. */
public record TeamSummary(TeamId id, String name, List<Leader> leaders, int members) {

    public TeamSummary {
        leaders = List.copyOf(leaders);
    }

    /** A leader of the team. */
    public record Leader(AccountId id, String name) {}

    /** The leaders' names, joined for a list ("Lene Leder, Lars Lund"). */
    public String leaderNames() {
        return String.join(", ", leaders.stream().map(Leader::name).toList());
    }

    public boolean ledBy(AccountId account) {
        return leaders.stream().anyMatch(l -> l.id().equals(account));
    }
}
