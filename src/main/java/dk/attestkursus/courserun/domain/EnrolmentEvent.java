package dk.attestkursus.courserun.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change to a person's place in a run. Written once, never changed: the enrolment history. */
@Entity
@Table(name = "enrolment_event")
public class EnrolmentEvent extends BaseEntity {

    /** What happened. */
    public enum Kind {
        ENROLLED,
        REENROLLED,
        WITHDRAWN,
        MOVED_IN,
        MOVED_OUT,
        ATTENDED,
        ATTENDANCE_REMOVED
    }

    @Column(name = "course_run_id", nullable = false)
    private long courseRunId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "other_run_id")
    private @Nullable Long otherRunId;

    @Column(name = "by_account_id", nullable = false)
    private long byAccountId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @SuppressWarnings("NullAway.Init")
    protected EnrolmentEvent() {
        // for JPA
    }

    public EnrolmentEvent(
            long courseRunId,
            long accountId,
            Kind kind,
            @Nullable Long otherRunId,
            long byAccountId,
            Instant happenedAt) {
        this.courseRunId = courseRunId;
        this.accountId = accountId;
        this.kind = kind;
        this.otherRunId = otherRunId;
        this.byAccountId = byAccountId;
        this.happenedAt = happenedAt;
    }

    public long getCourseRunId() {
        return courseRunId;
    }

    public long getAccountId() {
        return accountId;
    }

    public Kind getKind() {
        return kind;
    }

    public @Nullable Long getOtherRunId() {
        return otherRunId;
    }

    public long getByAccountId() {
        return byAccountId;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}
