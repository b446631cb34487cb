package dk.attestkursus.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeitnerTest {

    static final List<String> ITEMS = List.of("a", "b", "c", "d");

    @Test
    void the_first_question_is_the_first_item() {
        assertThat(Leitner.next(ITEMS, List.of())).contains("a");
    }

    @Test
    void a_wrong_answer_comes_back_at_the_next_practice_day() {
        List<Leitner.Asked> past = List.of(new Leitner.Asked(1, "a", false));
        assertThat(Leitner.next(ITEMS, past)).contains("a");
        assertThat(Leitner.cameBack(past, new Leitner.Asked(2, "a", null))).isTrue();
    }

    @Test
    void a_right_answer_makes_way_for_new_items() {
        assertThat(Leitner.next(ITEMS, List.of(new Leitner.Asked(1, "a", true))))
                .contains("b");
        assertThat(Leitner.next(ITEMS, List.of(new Leitner.Asked(1, "a", false), new Leitner.Asked(2, "a", true))))
                .contains("b");
    }

    @Test
    void the_earliest_wrong_answer_comes_back_first() {
        List<Leitner.Asked> past = List.of(
                new Leitner.Asked(1, "a", true), new Leitner.Asked(2, "b", false), new Leitner.Asked(3, "c", false));
        assertThat(Leitner.next(ITEMS, past)).contains("b");
    }

    @Test
    void an_unanswered_question_comes_after_the_new_ones() {
        List<Leitner.Asked> past = List.of(
                new Leitner.Asked(1, "a", null),
                new Leitner.Asked(2, "b", true),
                new Leitner.Asked(3, "c", true),
                new Leitner.Asked(4, "d", true));
        assertThat(Leitner.next(ITEMS, past)).contains("a");
        assertThat(Leitner.cameBack(past, new Leitner.Asked(5, "a", null))).isFalse();
    }

    @Test
    void when_all_are_answered_the_lowest_box_longest_ago_comes_first() {
        // a: right twice (box 3); b: right once, long ago (box 2); c: right once, lately (box 2); d: right once.
        List<Leitner.Asked> past = List.of(
                new Leitner.Asked(1, "a", true),
                new Leitner.Asked(2, "b", true),
                new Leitner.Asked(3, "a", true),
                new Leitner.Asked(4, "d", true),
                new Leitner.Asked(5, "c", true));
        assertThat(Leitner.next(ITEMS, past)).contains("b");
    }

    @Test
    void an_item_gone_from_the_content_is_not_asked_again() {
        List<Leitner.Asked> past = List.of(new Leitner.Asked(1, "gone", false));
        assertThat(Leitner.next(ITEMS, past)).contains("a");
        assertThat(Leitner.next(List.of(), past)).isEmpty();
    }
}
