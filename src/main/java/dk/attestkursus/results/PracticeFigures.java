package dk.attestkursus.results;

import dk.attestkursus.content.PracticeItem;
import dk.attestkursus.practice.PracticeTotals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Adds up the blocks' practice answers per question: a block adds its first answers to a question only
 * where at least {@value GroupRule#MIN_PEOPLE} answered it, and the same for the answers when it came back
 * (decision 015). Pure.
 */
final class PracticeFigures {

    private PracticeFigures() {}

    static PracticeResults of(
            int people, List<PracticeItem> items, List<Populations.Block> blocks, Map<String, PracticeTotals> totals) {
        Map<String, PracticeTotals.ItemCount> sums = new HashMap<>();
        for (Populations.Block block : blocks) {
            PracticeTotals blockTotals = totals.get(key(block));
            if (blockTotals == null) {
                continue;
            }
            blockTotals.perItem().forEach((item, count) -> {
                PracticeTotals.ItemCount counted = new PracticeTotals.ItemCount(
                        GroupRule.shows(count.firstAnswered()) ? count.firstAnswered() : 0,
                        GroupRule.shows(count.firstAnswered()) ? count.firstRight() : 0,
                        GroupRule.shows(count.againAnswered()) ? count.againAnswered() : 0,
                        GroupRule.shows(count.againAnswered()) ? count.againRight() : 0);
                sums.merge(item, counted, PracticeTotals.ItemCount::plus);
            });
        }
        List<PracticeResults.Row> rows = new ArrayList<>();
        for (PracticeItem item : items) {
            PracticeTotals.ItemCount c = sums.getOrDefault(item.id(), new PracticeTotals.ItemCount(0, 0, 0, 0));
            rows.add(new PracticeResults.Row(
                    item.id(),
                    item.question(),
                    c.firstAnswered(),
                    percent(c.firstRight(), c.firstAnswered()),
                    c.againAnswered(),
                    percent(c.againRight(), c.againAnswered())));
        }
        return new PracticeResults(people, rows);
    }

    /** A block's name among the groups the practice statistics count: its team and run. */
    static String key(Populations.Block block) {
        return block.team() + "/" + block.run().value();
    }

    private static @Nullable Integer percent(int part, int of) {
        return GroupRule.shows(of) ? (int) Math.round(100.0 * part / of) : null;
    }
}
