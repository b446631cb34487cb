package dk.attestkursus.results;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.learning.ModuleCompletion;
import dk.attestkursus.requests.RubricTotals;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.TransferTotals;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Blocks add up only where five of a block are behind a figure (decision 015). */
class BlockSumsTest {

    @Test
    void a_criterion_scored_for_four_of_a_block_adds_nothing_to_any_view() {
        RubricTotals six =
                new RubricTotals(Map.of("purpose", new RubricTotals.Sum(12, 6), "form", new RubricTotals.Sum(6, 6)));
        RubricTotals fourScored =
                new RubricTotals(Map.of("purpose", new RubricTotals.Sum(8, 4), "form", new RubricTotals.Sum(5, 5)));

        RubricTotals sum = BlockSums.rubric(List.of(six, fourScored));

        assertThat(sum.of("purpose")).isEqualTo(new RubricTotals.Sum(12, 6));
        assertThat(sum.of("form")).isEqualTo(new RubricTotals.Sum(11, 11));
    }

    @Test
    void one_answer_at_a_follow_up_and_four_check_ins_of_a_block_add_nothing_but_its_counts_do() {
        TransferTotals first = new TransferTotals(
                6,
                Map.of(Phase.FOLLOW_UP_1, 6),
                Map.of(Phase.FOLLOW_UP_1, Map.of("s", new long[] {24, 6})),
                6,
                3,
                1,
                2,
                List.of("tid", "tid"));
        TransferTotals second = new TransferTotals(
                4,
                Map.of(Phase.FOLLOW_UP_1, 1),
                Map.of(Phase.FOLLOW_UP_1, Map.of("s", new long[] {1, 1}), Phase.BEFORE, Map.of("s", new long[] {10, 5
                })),
                4,
                1,
                1,
                2,
                List.of("it", "it"));

        TransferTotals sum = BlockSums.transfer(List.of(first, second));

        assertThat(sum.prepDone()).isEqualTo(10);
        assertThat(sum.answered(Phase.FOLLOW_UP_1)).isEqualTo(7);
        assertThat(sum.statementSums().get(Phase.FOLLOW_UP_1).get("s")).containsExactly(24, 6);
        assertThat(sum.statementSums().get(Phase.BEFORE).get("s")).containsExactly(10, 5);
        assertThat(sum.checkedIn()).isEqualTo(6);
        assertThat(List.of(sum.tried(), sum.notYet(), sum.blocked())).containsExactly(3, 1, 2);
        assertThat(sum.obstacles()).containsExactly("tid", "tid");
    }

    @Test
    void module_completion_adds_up() {
        ModuleCompletion sum = BlockSums.completion(
                List.of(new ModuleCompletion(Map.of("a", 5, "b", 2), 2), new ModuleCompletion(Map.of("a", 6), 0)));

        assertThat(sum.perModule()).containsEntry("a", 11).containsEntry("b", 2);
        assertThat(sum.allModules()).isEqualTo(2);
    }
}
