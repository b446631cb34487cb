package dk.attestkursus.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ChunksTest {

    /** Rows of the made-up table: the ids 0-4,999, two rows each. */
    private static final List<long[]> TABLE = LongStream.range(0, 5_000)
            .boxed()
            .flatMap(id -> List.of(new long[] {id, 1}, new long[] {id, 2}).stream())
            .toList();

    @Test
    void about_gives_the_same_rows_asked_with_a_list_or_read_whole_and_kept() {
        for (int n : List.of(0, 1, Chunks.READ_ALL_FROM - 1, Chunks.READ_ALL_FROM, 2_345)) {
            List<Long> ids = LongStream.range(0, n).map(i -> i * 2).boxed().toList();
            List<String> lists = new ArrayList<>();
            List<long[]> rows = Chunks.about(
                    ids,
                    row -> row[0],
                    () -> {
                        lists.add("everyone");
                        return TABLE;
                    },
                    piece -> {
                        lists.add("list of " + piece.size());
                        return TABLE.stream()
                                .filter(row -> piece.contains(row[0]))
                                .toList();
                    });
            assertThat(rows).as(n + " ids").hasSize(2 * n);
            assertThat(rows.stream().map(row -> row[0]).distinct().sorted().toList())
                    .isEqualTo(ids);
            assertThat(lists)
                    .as("how " + n + " ids were asked for")
                    .isEqualTo(
                            n >= Chunks.READ_ALL_FROM
                                    ? List.of("everyone")
                                    : n == 0 ? List.of() : List.of("list of " + n));
        }
        assertThat(Chunks.of(List.of(1, 2, 3)).stream().map(List::size)).containsExactly(3);
        assertThat(Chunks.of(LongStream.range(0, 2_001).boxed().toList()).stream()
                        .map(List::size))
                .containsExactly(1_000, 1_000, 1);
    }
}
