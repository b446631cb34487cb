package dk.attestkursus.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order in which a caseworker sees a question's options: shuffled, so that the position of the
 * right option gives nothing away, the same for the same try (a reload shows the same order) and new
 * for the next try. Derived from the account, the question and the number of the try, so nothing has
 * to be stored; answers are always stored by content index, never by position.
 *
 * <p>Every order is equally likely, the file's own order too: ruling it out would make the option
 * listed first in the file the least likely to be shown first, which gives answers away as well.
 * Our own Fisher-Yates shuffle over a SplitMix64 sequence, so the order never changes with a JDK.
 */
public final class OptionOrder {

    private OptionOrder() {}

    /**
     * The content indexes of {@code size} options in the order to show them.
     *
     * @param attempt the number of answers given before this try (0 for the first)
     */
    public static List<Integer> of(long accountId, String questionId, int attempt, int size) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        long state = mix(mix(mix(accountId) ^ questionId.hashCode()) ^ attempt);
        for (int i = size - 1; i > 0; i--) {
            state += 0x9E3779B97F4A7C15L;
            int j = (int) Math.floorMod(mix(state), (long) (i + 1));
            order.set(j, order.set(i, order.get(j)));
        }
        return List.copyOf(order);
    }

    /** SplitMix64's finaliser: spreads nearby inputs (consecutive account ids) over all bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
