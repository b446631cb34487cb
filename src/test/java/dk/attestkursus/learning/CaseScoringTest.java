package dk.attestkursus.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.FormCase;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseScoringTest {

    private final FormCase formCase = new FormCase(
            "sag",
            "Sag",
            "<p>x</p>",
            "Hvilken?",
            List.of("LÆ 285"),
            List.of("LÆ 125", FormCase.NONE),
            "<p>fordi</p>",
            List.of("k"));

    @Test
    void the_experts_choice_is_best_a_defensible_one_is_defensible_and_the_rest_other() {
        assertThat(LearningService.feedback(formCase, "LÆ 285", 5).verdict()).isEqualTo(CaseFeedback.Verdict.BEST);
        assertThat(LearningService.feedback(formCase, "LÆ 125", 3).verdict())
                .isEqualTo(CaseFeedback.Verdict.DEFENSIBLE);
        assertThat(LearningService.feedback(formCase, FormCase.NONE, 1).verdict())
                .isEqualTo(CaseFeedback.Verdict.DEFENSIBLE);
        assertThat(LearningService.feedback(formCase, "LÆ 265", 4).verdict()).isEqualTo(CaseFeedback.Verdict.OTHER);
    }

    @Test
    void the_confidence_is_kept_with_the_verdict_whatever_it_is() {
        CaseFeedback feedback = LearningService.feedback(formCase, "LÆ 265", 5);
        assertThat(feedback.confidence()).isEqualTo(5);
        assertThat(feedback.choice()).isEqualTo("LÆ 265");
    }
}
