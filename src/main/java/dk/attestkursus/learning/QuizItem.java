package dk.attestkursus.learning;

import dk.attestkursus.content.Question;
import java.util.List;
import java.util.Optional;

/**
 * One knowledge-check question as the caseworker meets it now. Options are identified by their
 * index in the content everywhere; the two orders only say where each is shown.
 *
 * @param attempts      how many times the caseworker has answered it
 * @param chosen        the content index of the latest answer, if any
 * @param answeredOrder content indexes in the order the latest answer was given in (the next try's order when unanswered)
 * @param nextOrder     content indexes in the order for the next try: a new shuffle once they answered
 */
public record QuizItem(
        Question question,
        int attempts,
        Optional<Integer> chosen,
        List<Integer> answeredOrder,
        List<Integer> nextOrder) {

    public QuizItem {
        answeredOrder = List.copyOf(answeredOrder);
        nextOrder = List.copyOf(nextOrder);
    }

    public boolean answered() {
        return chosen.isPresent();
    }

    /** Whether the latest answer is the right one. */
    public boolean right() {
        return chosen.map(i -> question.options().get(i).correct()).orElse(false);
    }
}
