package dk.attestkursus.myths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.content.Myth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vote counting: grouped rows become counts, totals and shares that add up. */
class PollCountsTest {

    @Test
    void grouped_rows_become_counts_and_missing_answers_count_zero() {
        PollCounts counts = PollCounts.of(Map.of(MythAnswer.MYTH, 7L, MythAnswer.DONT_KNOW, 2L));

        assertThat(counts).isEqualTo(new PollCounts(7, 0, 2));
        assertThat(counts.total()).isEqualTo(9);
        assertThat(counts.count(MythAnswer.FACT)).isZero();
    }

    @Test
    void shares_are_whole_percent_rounded_half_up() {
        PollCounts counts = new PollCounts(1, 1, 1);

        assertThat(counts.percent(MythAnswer.MYTH)).isEqualTo(33);
        assertThat(new PollCounts(1, 7, 0).percent(MythAnswer.MYTH)).isEqualTo(13); // 12.5 → 13
        assertThat(new PollCounts(3, 1, 0).percent(MythAnswer.MYTH)).isEqualTo(75);
    }

    @Test
    void nobody_answering_gives_zero_shares_not_a_division_error() {
        assertThat(PollCounts.NONE.percent(MythAnswer.FACT)).isZero();
        assertThat(PollCounts.NONE.total()).isZero();
    }

    @Test
    void negative_counts_are_refused() {
        assertThatThrownBy(() -> new PollCounts(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_answer_matches_a_clear_verdict_and_nothing_matches_a_nuanced_one() {
        assertThat(MythAnswer.MYTH.matches(Myth.Verdict.MYTH)).isTrue();
        assertThat(MythAnswer.FACT.matches(Myth.Verdict.MYTH)).isFalse();
        assertThat(MythAnswer.FACT.matches(Myth.Verdict.FACT)).isTrue();
        assertThat(MythAnswer.DONT_KNOW.matches(Myth.Verdict.FACT)).isFalse();
        assertThat(MythAnswer.MYTH.matches(Myth.Verdict.NUANCED)).isFalse();
    }
}
