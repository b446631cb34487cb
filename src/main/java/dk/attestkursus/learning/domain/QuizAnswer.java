package dk.attestkursus.learning.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account's latest answer to a knowledge-check question; a retry replaces it and counts. */
@Entity
@Table(name = "quiz_answer")
public class QuizAnswer extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "question_id", nullable = false)
    private String questionId;

    @Column(name = "option_index", nullable = false)
    private int optionIndex;

    @Column(nullable = false)
    private boolean correct;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @SuppressWarnings("NullAway.Init")
    protected QuizAnswer() {
        // for JPA
    }

    public QuizAnswer(long accountId, String questionId) {
        this.accountId = accountId;
        this.questionId = questionId;
    }

    public void answer(int optionIndex, boolean correct, Instant at) {
        this.optionIndex = optionIndex;
        this.correct = correct;
        this.attempts++;
        this.answeredAt = at;
    }

    public String getQuestionId() {
        return questionId;
    }

    public int getOptionIndex() {
        return optionIndex;
    }

    public boolean isCorrect() {
        return correct;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
