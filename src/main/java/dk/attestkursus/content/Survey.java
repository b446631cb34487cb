package dk.attestkursus.content;

import java.util.List;

/**
 * The self-assessment ({@code content/surveys/self-assessment.yml}): statements tied to the learning
 * objectives, answered on a scale of five labelled steps, and one open question. The same before
 * the course and at follow-up, so the change can be shown.
 */
public record Survey(
        String id,
        String title,
        String intro,
        List<String> scale,
        List<Statement> statements,
        String openQuestion,
        String sourceId) {

    public Survey {
        scale = List.copyOf(scale);
        statements = List.copyOf(statements);
    }

    /** A statement in the first person, tied to a learning objective and a source. */
    public record Statement(String key, String text, String objectiveKey, String sourceId) {}
}
