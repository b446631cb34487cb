package dk.attestkursus.session.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An action the session agreed on (as in the cluster package): what, who, by when. */
@Entity
@Table(name = "agreed_action")
public class AgreedAction extends BaseEntity {

    @Column(name = "course_run_id", nullable = false)
    private long courseRunId;

    @Column(nullable = false)
    private String text;

    private @Nullable String owner;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected AgreedAction() {
        // for JPA
    }

    public AgreedAction(
            long courseRunId,
            String text,
            @Nullable String owner,
            @Nullable LocalDate dueDate,
            long createdBy,
            Instant createdAt) {
        this.courseRunId = courseRunId;
        this.text = text;
        this.owner = owner;
        this.dueDate = dueDate;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * Takes a person's name out of the action (issue 25): the owner when it is the name, and the name
     * wherever it stands in the text.
     */
    public void scrub(String name, String neutral) {
        if (owner != null && owner.strip().equalsIgnoreCase(name.strip())) {
            owner = null;
        }
        text = text.replace(name, neutral);
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getCourseRunId() {
        return courseRunId;
    }

    public String getText() {
        return text;
    }

    public @Nullable String getOwner() {
        return owner;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }
}
