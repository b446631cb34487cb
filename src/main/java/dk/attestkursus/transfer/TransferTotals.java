package dk.attestkursus.transfer;

import java.util.List;
import java.util.Map;

/**
 * What a group of caseworkers did around the course, as counts and sums only: how many prepared, how
 * many answered each self-assessment, the self-assessment scores summed per phase and statement, and
 * how their actions went at the latest check-in. {@code obstacles} are the texts of what got in the
 * way, unnamed and in no particular order: for grouping, never to be shown one by one.
 *
 * @param statementSums phase → statement key → [sum of scores, number of answers]
 * @param checkedIn     people with at least one check-in
 * @param tried         actions tried at the latest check-in
 * @param notYet        actions not tried yet, nothing named in the way
 * @param blocked       actions not tried yet, with an obstacle named
 */
public record TransferTotals(
        int prepDone,
        Map<Phase, Integer> answered,
        Map<Phase, Map<String, long[]>> statementSums,
        int checkedIn,
        int tried,
        int notYet,
        int blocked,
        List<String> obstacles) {

    public TransferTotals {
        answered = Map.copyOf(answered);
        statementSums = Map.copyOf(statementSums);
        obstacles = List.copyOf(obstacles);
    }

    public int answered(Phase phase) {
        return answered.getOrDefault(phase, 0);
    }
}
