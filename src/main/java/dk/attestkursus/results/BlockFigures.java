package dk.attestkursus.results;

import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.ParticipationService;
import dk.attestkursus.learning.LearningStatisticsService;
import dk.attestkursus.learning.ModuleCompletion;
import dk.attestkursus.requests.RubricStatisticsService;
import dk.attestkursus.requests.RubricTotals;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.transfer.TransferStatisticsService;
import dk.attestkursus.transfer.TransferTotals;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The figures of a view's counted blocks (decision 015): each feature computes its figures for all
 * blocks at once and per block (a few statements in all, not a few per block, issue 26), and the blocks'
 * figures are then added up with {@link BlockSums}, a block adding to a figure only where five of its
 * people are behind it.
 */
@Component
class BlockFigures {

    /** The counted blocks' figures, each block summed by the feature that holds them, then added up. */
    record Sums(
            int attended,
            ModuleCompletion completion,
            TransferTotals transfer,
            RubricTotals before,
            RubricTotals after) {}

    private final ParticipationService participation;
    private final LearningStatisticsService learning;
    private final TransferStatisticsService transfer;
    private final RubricStatisticsService rubric;

    BlockFigures(
            ParticipationService participation,
            LearningStatisticsService learning,
            TransferStatisticsService transfer,
            RubricStatisticsService rubric) {
        this.participation = participation;
        this.learning = learning;
        this.transfer = transfer;
        this.rubric = rubric;
    }

    Sums of(List<Populations.Block> blocks) {
        Map<AccountId, Integer> blockOf = new HashMap<>();
        Map<Integer, CourseRunId> runOf = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Populations.Block block = blocks.get(i);
            if (block.people().isEmpty()) {
                continue; // adds nothing, as a block asked about alone
            }
            runOf.put(i, block.run());
            for (AccountId person : block.people()) {
                if (blockOf.put(person, i) != null) {
                    throw new IllegalStateException("blocks overlap: a caseworker with two active places");
                }
            }
        }
        Map<Integer, Integer> attended = participation.attendedByGroup(blockOf, runOf);
        Map<Integer, ModuleCompletion> completions = learning.completionByGroup(blockOf);
        Map<Integer, TransferTotals> transfers = transfer.byGroup(blockOf);
        Map<Writing.OwnCase, Map<Integer, RubricTotals>> quality = rubric.ownCasesByGroup(blockOf);
        Map<Integer, RubricTotals> before = quality.get(Writing.OwnCase.BEFORE);
        Map<Integer, RubricTotals> after = quality.get(Writing.OwnCase.AFTER);
        List<Integer> order = runOf.keySet().stream().sorted().toList();
        return new Sums(
                order.stream().mapToInt(attended::get).sum(),
                BlockSums.completion(order.stream().map(completions::get).toList()),
                BlockSums.transfer(order.stream().map(transfers::get).toList()),
                BlockSums.rubric(order.stream().map(before::get).toList()),
                BlockSums.rubric(order.stream().map(after::get).toList()));
    }
}
