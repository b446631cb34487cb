package dk.attestkursus.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Splits a long list of ids into pieces for {@code in (...)} queries, so that a query for all ten
 * thousand caseworkers stays within what JDBC drivers and databases accept and plan well. Results
 * aggregated per piece must be additive (counts and sums).
 *
 * <p>Many ids at once are not asked for in a list at all ({@link #about}): H2 filters an {@code in}
 * list of parameters by comparing each row with every id whenever another index of the table serves the
 * query (the exercise, the phase, the municipality), which made 1,000 ids cost 50 ms a statement
 * (issue 26). From {@link #READ_ALL_FROM} ids on, the query reads the municipality's rows of the kind
 * and the caller's feature keeps the asked ones.
 */
public final class Chunks {

    /** Ids per {@code in} list. */
    public static final int SIZE = 1000;

    /** From this many ids on, {@link #about} reads everyone's rows instead of listing the ids. */
    public static final int READ_ALL_FROM = 250;

    private Chunks() {}

    public static <T> List<List<T>> of(Collection<T> items) {
        List<T> all = List.copyOf(items);
        List<List<T>> chunks = new ArrayList<>((all.size() + SIZE - 1) / SIZE);
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }

    /**
     * The rows about these ids, each row about one id ({@code idOf}): for fewer than {@link #READ_ALL_FROM}
     * ids from {@code some}, asked with a list of them; for more, from {@code everyone} (the municipality's
     * rows of the kind, one statement without a list), of which only the rows about these ids are kept.
     * Either way the same rows, for a query whose rows are per id (grouped by account, or one account's
     * rows), never sums over several ids.
     */
    public static <T, R> List<R> about(
            Collection<T> ids, Function<R, T> idOf, Supplier<List<R>> everyone, Function<List<T>, List<R>> some) {
        if (ids.size() >= READ_ALL_FROM) {
            Set<T> asked = new HashSet<>(ids);
            return everyone.get().stream()
                    .filter(row -> asked.contains(idOf.apply(row)))
                    .toList();
        }
        List<R> rows = new ArrayList<>();
        for (List<T> piece : of(ids)) {
            rows.addAll(some.apply(piece));
        }
        return rows;
    }
}
