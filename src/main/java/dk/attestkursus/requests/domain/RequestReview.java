package dk.attestkursus.requests.domain;

import dk.attestkursus.kernel.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The instructors' feedback on a submitted version. Either co-instructor edits it; who did what is kept. */
@Entity
@Table(name = "request_review")
public class RequestReview extends VersionedEntity {

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(nullable = false)
    private String overall = "";

    @Column(name = "gp_reading", nullable = false)
    private String gpReading = "";

    @Column(name = "started_by", nullable = false)
    private long startedBy;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "returned_by")
    private @Nullable Long returnedBy;

    @Column(name = "returned_at")
    private @Nullable Instant returnedAt;

    @SuppressWarnings("NullAway.Init")
    protected RequestReview() {
        // for JPA
    }

    public RequestReview(long versionId, long startedBy, Instant at) {
        this.versionId = versionId;
        this.startedBy = startedBy;
        this.updatedBy = startedBy;
        this.updatedAt = at;
    }

    public void write(String overall, String gpReading, long by, Instant at) {
        this.overall = overall;
        this.gpReading = gpReading;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Erases or purges the feedback's texts on the writer's request (issue 25); who gave it and when stay. */
    public void eraseTexts() {
        this.overall = "";
        this.gpReading = "";
    }

    public boolean hasNoTexts() {
        return overall.isEmpty() && gpReading.isEmpty();
    }

    public void returned(long by, Instant at) {
        this.returnedBy = by;
        this.returnedAt = at;
    }

    public long getVersionId() {
        return versionId;
    }

    public String getOverall() {
        return overall;
    }

    public String getGpReading() {
        return gpReading;
    }

    public long getStartedBy() {
        return startedBy;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Instant getReturnedAt() {
        return returnedAt;
    }

    public @Nullable Long getReturnedBy() {
        return returnedBy;
    }
}
