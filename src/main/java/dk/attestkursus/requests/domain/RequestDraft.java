package dk.attestkursus.requests.domain;

import dk.attestkursus.kernel.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** The caseworker's working copy of a request for one exercise. */
@Entity
@Table(name = "request_draft")
public class RequestDraft extends VersionedEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "exercise_id", nullable = false)
    private String exerciseId;

    @Embedded
    private RequestContent content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DraftStatus status;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @SuppressWarnings("NullAway.Init")
    protected RequestDraft() {
        // for JPA
    }

    public RequestDraft(long accountId, String exerciseId, RequestContent content, Instant savedAt) {
        this.accountId = accountId;
        this.exerciseId = exerciseId;
        this.content = content;
        this.status = DraftStatus.DRAFT;
        this.savedAt = savedAt;
    }

    public boolean isLocked() {
        return status == DraftStatus.SUBMITTED;
    }

    public void write(RequestContent content, Instant at) {
        if (isLocked()) {
            throw new IllegalStateException("draft " + getId() + " is locked while its version waits for feedback");
        }
        this.content = content;
        this.savedAt = at;
    }

    /** Erases or purges the writer's texts, locked or not (issue 25); the row and its status stay. */
    public void eraseTexts() {
        this.content = content.withoutTexts();
    }

    public void submitted() {
        status = DraftStatus.SUBMITTED;
    }

    public void returned() {
        status = DraftStatus.RETURNED;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getExerciseId() {
        return exerciseId;
    }

    public RequestContent getContent() {
        return content;
    }

    public DraftStatus getStatus() {
        return status;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
