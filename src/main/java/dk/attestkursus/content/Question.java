package dk.attestkursus.content;

import java.util.List;

/**
 * A knowledge-check question: exactly one option is right, and every option explains itself.
 * Options are in content order here; learners see them shuffled (see the learning feature), and
 * an answer is always stored by its content index.
 *
 * @param lessonId the lesson of the same module to read again after a wrong answer
 */
public record Question(String id, String text, List<Option> options, List<String> sourceIds, String lessonId) {

    /** One answer to choose, with why it is right or not. */
    public record Option(String text, boolean correct, String explanation) {}

    public Question {
        options = List.copyOf(options);
        sourceIds = List.copyOf(sourceIds);
    }

    public int correctIndex() {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                return i;
            }
        }
        throw new IllegalStateException("question " + id + " has no correct option");
    }
}
