package dk.attestkursus.myths;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.myths.AnswerCounts.Visibility;
import org.junit.jupiter.api.Test;

/** The group rule on myth answers (decision 016): nothing for a run under five, no split under five answers. */
class AnswerCountsTest {

    @Test
    void a_run_of_one_shows_nothing_not_even_that_its_one_participant_answered() {
        AnswerCounts one = AnswerCounts.of(1, new PollCounts(0, 1, 0));

        assertThat(one.visibility()).isEqualTo(Visibility.TOO_FEW_PEOPLE);
        assertThat(one.answeredShown()).isFalse();
        assertThat(one.shown()).isFalse();
        assertThat(one.answered()).isZero();
        assertThat(one.counts()).isEqualTo(PollCounts.NONE);
    }

    @Test
    void a_run_of_four_shows_nothing_even_when_all_four_answered() {
        AnswerCounts four = AnswerCounts.of(4, new PollCounts(2, 1, 1));

        assertThat(four.visibility()).isEqualTo(Visibility.TOO_FEW_PEOPLE);
        assertThat(four.answered()).isZero();
        assertThat(four.counts()).isEqualTo(PollCounts.NONE);
    }

    @Test
    void a_larger_run_shows_how_many_answered_and_the_split_only_from_five_answers() {
        AnswerCounts four = AnswerCounts.of(6, new PollCounts(3, 1, 0));
        AnswerCounts five = AnswerCounts.of(6, new PollCounts(3, 1, 1));

        assertThat(four.visibility()).isEqualTo(Visibility.TOO_FEW_ANSWERS);
        assertThat(four.answeredShown()).isTrue();
        assertThat(four.answered()).isEqualTo(4);
        assertThat(four.people()).isEqualTo(6);
        assertThat(four.counts()).isEqualTo(PollCounts.NONE);
        assertThat(five.visibility()).isEqualTo(Visibility.SHOWN);
        assertThat(five.answered()).isEqualTo(5);
        assertThat(five.counts()).isEqualTo(new PollCounts(3, 1, 1));
    }

    @Test
    void the_group_is_the_leaders_five() {
        assertThat(AnswerCounts.MIN_GROUP).isEqualTo(5);
    }
}
