package dk.attestkursus.practice;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which question a participant gets on their next practice day: a simple Leitner scheme (decision 032).
 * Every item sits in a box: a wrong answer puts it in box 1, each right answer in a row moves it one box
 * up. The next question is, in this order:
 *
 * <ol>
 *   <li>an item whose last answer was wrong and that has not been asked since: it comes back at once
 *       (the earliest such first);
 *   <li>an item never asked, in the order of {@code practice.yml};
 *   <li>an item asked but never answered, the longest ago first;
 *   <li>the item in the lowest box, the longest ago first: one answered right comes back later, and the
 *       more often right, the later.
 * </ol>
 *
 * Pure: the past is given, nothing is stored here.
 */
public final class Leitner {

    private Leitner() {}

    /**
     * One question asked on an earlier practice day.
     *
     * @param correct whether it was answered right; {@code null} if it was not answered
     */
    public record Asked(int step, String itemId, @Nullable Boolean correct) {}

    /** The item for the next practice day; empty only when there are no items. */
    public static Optional<String> next(List<String> items, List<Asked> past) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Asked> history =
                past.stream().sorted(Comparator.comparingInt(Asked::step)).toList();
        Map<String, Integer> lastAsked = new HashMap<>();
        Map<String, Integer> box = new HashMap<>();
        Map<String, Boolean> lastAnswer = new HashMap<>();
        for (Asked a : history) {
            lastAsked.put(a.itemId(), a.step());
            if (a.correct() != null) {
                lastAnswer.put(a.itemId(), a.correct());
                box.put(a.itemId(), a.correct() ? box.getOrDefault(a.itemId(), 1) + 1 : 1);
            }
        }
        Optional<String> again = history.stream()
                .filter(a -> Boolean.FALSE.equals(a.correct()))
                .filter(a -> lastAsked.get(a.itemId()) == a.step())
                .map(Asked::itemId)
                .filter(items::contains)
                .findFirst();
        if (again.isPresent()) {
            return again;
        }
        Optional<String> fresh =
                items.stream().filter(i -> !lastAsked.containsKey(i)).findFirst();
        if (fresh.isPresent()) {
            return fresh;
        }
        Optional<String> unanswered =
                items.stream().filter(i -> !lastAnswer.containsKey(i)).min(Comparator.comparingInt(lastAsked::get));
        if (unanswered.isPresent()) {
            return unanswered;
        }
        return items.stream().min(Comparator.<String>comparingInt(box::get).thenComparingInt(lastAsked::get));
    }

    /** Whether the item asked at {@code step} came back because its last answer before was wrong. */
    public static boolean cameBack(List<Asked> past, Asked asked) {
        return past.stream()
                .filter(a -> a.step() < asked.step() && a.itemId().equals(asked.itemId()))
                .max(Comparator.comparingInt(Asked::step))
                .map(a -> Boolean.FALSE.equals(a.correct()))
                .orElse(false);
    }
}
