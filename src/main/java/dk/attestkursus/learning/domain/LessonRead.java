package dk.attestkursus.learning.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A lesson an account has marked as read, by the lesson's stable id. */
@Entity
@Table(name = "lesson_read")
public class LessonRead extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "lesson_id", nullable = false)
    private String lessonId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    @SuppressWarnings("NullAway.Init")
    protected LessonRead() {
        // for JPA
    }

    public LessonRead(long accountId, String lessonId, Instant readAt) {
        this.accountId = accountId;
        this.lessonId = lessonId;
        this.readAt = readAt;
    }

    public String getLessonId() {
        return lessonId;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
