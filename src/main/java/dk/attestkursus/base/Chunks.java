package dk.attestkursus.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits a long list of ids into pieces for {@code in (...)} queries, so that a query for all ten
 * thousand caseworkers stays within what JDBC drivers and databases accept and plan well. Results
 * aggregated per piece must be additive (counts and sums).
 */
public final class Chunks {

    /** Ids per {@code in} list. */
    public static final int SIZE = 1000;

    private Chunks() {}

    public static <T> List<List<T>> of(Collection<T> items) {
        List<T> all = List.copyOf(items);
        List<List<T>> chunks = new ArrayList<>((all.size() + SIZE - 1) / SIZE);
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
