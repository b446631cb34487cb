package dk.attestkursus.myths.domain;

import dk.attestkursus.kernel.BaseEntity;
import dk.attestkursus.myths.MythAnswer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A caseworker's guess on a myth before the session. Written once. */
@Entity
@Table(name = "myth_guess")
public class Guess extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "myth_id", nullable = false)
    private String mythId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MythAnswer answer;

    @Column(nullable = false)
    private int confidence;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @SuppressWarnings("NullAway.Init")
    protected Guess() {
        // for JPA
    }

    public Guess(long accountId, String mythId, MythAnswer answer, int confidence, Instant answeredAt) {
        if (confidence < 1 || confidence > 5) {
            throw new IllegalArgumentException("confidence must be 1-5, was " + confidence);
        }
        this.accountId = accountId;
        this.mythId = mythId;
        this.answer = answer;
        this.confidence = confidence;
        this.answeredAt = answeredAt;
    }

    public String getMythId() {
        return mythId;
    }

    public MythAnswer getAnswer() {
        return answer;
    }

    public int getConfidence() {
        return confidence;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
