package dk.attestkursus.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Options are shown shuffled: the same for one try, new for the next, every order as likely as another. */
class OptionOrderTest {

    @Test
    void the_same_try_gives_the_same_order_with_every_option_once() {
        List<Integer> order = OptionOrder.of(42, "roller-q1", 0, 4);
        assertThat(OptionOrder.of(42, "roller-q1", 0, 4)).isEqualTo(order);
        assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void a_new_try_and_another_person_mostly_see_another_order() {
        Set<List<Integer>> byAttempt = new HashSet<>();
        Set<List<Integer>> byPerson = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            byAttempt.add(OptionOrder.of(7, "attest-q2", i, 3));
            byPerson.add(OptionOrder.of(1000 + i, "attest-q2", 0, 3));
        }
        assertThat(byAttempt).as("all six orders of three options turn up").hasSize(6);
        assertThat(byPerson).hasSize(6);
    }

    @Test
    void always_choosing_the_first_shown_finds_each_option_about_as_often_and_the_files_order_is_rare() {
        int people = 3000;
        int[] firstShown = new int[3];
        int inFileOrder = 0;
        for (long account = 1; account <= people; account++) {
            List<Integer> order = OptionOrder.of(account, "anmodning-q4", 0, 3);
            firstShown[order.getFirst()]++;
            if (order.equals(List.of(0, 1, 2))) {
                inFileOrder++;
            }
        }
        for (int count : firstShown) {
            assertThat(count).as("shown first of %d", people).isBetween(900, 1100);
        }
        assertThat(inFileOrder).as("the file's order, one in six").isBetween(400, 600);

        // Over a whole check of seven questions, the file's order for every one is out of reach.
        Map<Boolean, Integer> wholeCheckInFileOrder = new HashMap<>();
        for (long account = 1; account <= people; account++) {
            long id = account;
            boolean all = IntStream.rangeClosed(1, 7)
                    .allMatch(q -> OptionOrder.of(id, "roller-q" + q, 0, 3).equals(List.of(0, 1, 2)));
            wholeCheckInFileOrder.merge(all, 1, Integer::sum);
        }
        assertThat(wholeCheckInFileOrder).doesNotContainKey(true);
    }
}
