package dk.attestkursus.learning;

/** What the caseworker sees after answering a question: right or not, why, and the right option. */
public record AnswerFeedback(String questionId, int chosen, boolean correct, int correctIndex, String explanation,
        int attempts) {
}
