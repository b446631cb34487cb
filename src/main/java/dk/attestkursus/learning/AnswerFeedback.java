package dk.attestkursus.learning;

import java.util.List;

/**
 * What the caseworker sees after answering a question: right or not, why, and the right option.
 *
 * @param chosen       the content index of the option chosen (never its position on the screen)
 * @param correctIndex the content index of the right option
 * @param nextOrder    content indexes in the order to show for another try
 */
public record AnswerFeedback(
        String questionId,
        int chosen,
        boolean correct,
        int correctIndex,
        String explanation,
        int attempts,
        List<Integer> nextOrder) {

    public AnswerFeedback {
        nextOrder = List.copyOf(nextOrder);
    }
}
