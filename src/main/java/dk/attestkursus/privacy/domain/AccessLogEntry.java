package dk.attestkursus.privacy.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One access to a person's data: who, whose, what kind, a text-free reference, when. Never changed. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry extends BaseEntity {

    @Column(name = "actor_id", updatable = false)
    private @Nullable Long actorId;

    @Column(name = "subject_id", updatable = false)
    private @Nullable Long subjectId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @SuppressWarnings("NullAway.Init")
    protected AccessLogEntry() {
        // for JPA
    }

    public AccessLogEntry(@Nullable Long actorId, @Nullable Long subjectId, String kind, String reference, Instant at) {
        this.actorId = actorId;
        this.subjectId = subjectId;
        this.kind = kind;
        this.reference = reference;
        this.at = at;
    }

    public @Nullable Long getActorId() {
        return actorId;
    }

    public @Nullable Long getSubjectId() {
        return subjectId;
    }

    public String getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    public Instant getAt() {
        return at;
    }
}
