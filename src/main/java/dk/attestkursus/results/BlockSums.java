package dk.attestkursus.results;

import dk.attestkursus.learning.ModuleCompletion;
import dk.attestkursus.requests.RubricTotals;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.TransferTotals;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up the figures of blocks (one team on one run, see {@link Populations}), each block only where at
 * least {@value GroupRule#MIN_PEOPLE} of its people are behind the figure: a block whose criterion was
 * scored for four, or whose follow-up one person answered, adds nothing to that figure in any view. So
 * subtracting one view from another gives, figure by figure, the sum of five people or more, or nothing
 * (decision 015). Pure functions.
 */
final class BlockSums {

    private BlockSums() {}

    static RubricTotals rubric(List<RubricTotals> blocks) {
        Map<String, RubricTotals.Sum> sums = new HashMap<>();
        for (RubricTotals block : blocks) {
            block.perCriterion().forEach((criterion, sum) -> {
                if (GroupRule.shows(sum.count())) {
                    sums.merge(criterion, sum, RubricTotals.Sum::plus);
                }
            });
        }
        return new RubricTotals(sums);
    }

    static ModuleCompletion completion(List<ModuleCompletion> blocks) {
        Map<String, Integer> perModule = new HashMap<>();
        int all = 0;
        for (ModuleCompletion block : blocks) {
            block.perModule().forEach((module, n) -> perModule.merge(module, n, Integer::sum));
            all += block.allModules();
        }
        return new ModuleCompletion(perModule, all);
    }

    /**
     * Counts of people add up (every block has five or more); a statement's sum only from blocks with
     * five answers; actions and obstacles only from blocks where five checked in.
     */
    static TransferTotals transfer(List<TransferTotals> blocks) {
        int prepDone = 0;
        Map<Phase, Integer> answered = new EnumMap<>(Phase.class);
        Map<Phase, Map<String, long[]>> sums = new EnumMap<>(Phase.class);
        int checkedIn = 0;
        int tried = 0;
        int notYet = 0;
        int blocked = 0;
        List<String> obstacles = new ArrayList<>();
        for (TransferTotals block : blocks) {
            prepDone += block.prepDone();
            block.answered().forEach((phase, n) -> answered.merge(phase, n, Integer::sum));
            block.statementSums()
                    .forEach((phase, statements) -> statements.forEach((key, sum) -> {
                        if (GroupRule.shows((int) Math.min(sum[1], Integer.MAX_VALUE))) {
                            long[] total = sums.computeIfAbsent(phase, p -> new HashMap<>())
                                    .computeIfAbsent(key, k -> new long[2]);
                            total[0] += sum[0];
                            total[1] += sum[1];
                        }
                    }));
            if (GroupRule.shows(block.checkedIn())) {
                checkedIn += block.checkedIn();
                tried += block.tried();
                notYet += block.notYet();
                blocked += block.blocked();
                obstacles.addAll(block.obstacles());
            }
        }
        return new TransferTotals(prepDone, answered, sums, checkedIn, tried, notYet, blocked, obstacles);
    }
}
