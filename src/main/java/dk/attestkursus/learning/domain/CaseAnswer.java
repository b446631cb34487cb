package dk.attestkursus.learning.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The form an account chose in a case (a form number or "none") and how sure they were, 1-5. */
@Entity
@Table(name = "case_answer")
public class CaseAnswer extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Column(nullable = false)
    private String choice;

    @Column(nullable = false)
    private int confidence;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @SuppressWarnings("NullAway.Init")
    protected CaseAnswer() {
        // for JPA
    }

    public CaseAnswer(long accountId, String caseId) {
        this.accountId = accountId;
        this.caseId = caseId;
    }

    public void choose(String choice, int confidence, Instant at) {
        this.choice = choice;
        this.confidence = confidence;
        this.answeredAt = at;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getChoice() {
        return choice;
    }

    public int getConfidence() {
        return confidence;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
