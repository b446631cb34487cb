package dk.attestkursus.requests.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A submitted version of a request, kept as it was sent. */
@Entity
@Table(name = "request_version")
public class RequestVersion extends BaseEntity {

    @Column(name = "draft_id", nullable = false)
    private long draftId;

    @Column(nullable = false)
    private int number;

    @Column(name = "course_run_id", nullable = false)
    private long courseRunId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "exercise_id", nullable = false)
    private String exerciseId;

    @Embedded
    private RequestContent content;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionStatus status;

    @SuppressWarnings("NullAway.Init")
    protected RequestVersion() {
        // for JPA
    }

    public RequestVersion(RequestDraft draft, int number, long courseRunId, Instant submittedAt) {
        this.draftId = draft.requireId();
        this.number = number;
        this.courseRunId = courseRunId;
        this.accountId = draft.getAccountId();
        this.exerciseId = draft.getExerciseId();
        this.content = RequestContent.of(draft.getContent().fields());
        this.submittedAt = submittedAt;
        this.status = VersionStatus.SUBMITTED;
    }

    /**
     * Erases or purges the writer's texts (issue 25). The row stays with its account, exercise, number and
     * run: its review's rubric scores feed the leaders' figures.
     */
    public void eraseTexts() {
        this.content = content.withoutTexts();
    }

    public void inReview() {
        if (status == VersionStatus.SUBMITTED) {
            status = VersionStatus.IN_REVIEW;
        }
    }

    public void returned() {
        status = VersionStatus.RETURNED;
    }

    public long getDraftId() {
        return draftId;
    }

    public int getNumber() {
        return number;
    }

    public long getCourseRunId() {
        return courseRunId;
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

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public VersionStatus getStatus() {
        return status;
    }
}
