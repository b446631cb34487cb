package dk.attestkursus.municipalities.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A saved text of a municipality's page: its history, never rewritten. */
@Entity
@Table(name = "local_page_version")
public class LocalPageVersion extends BaseEntity {

    @Column(nullable = false)
    private String markdown;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by")
    private @Nullable Long savedBy;

    @SuppressWarnings("NullAway.Init")
    protected LocalPageVersion() {
        // for JPA
    }

    public LocalPageVersion(String markdown, Instant savedAt, @Nullable Long savedBy) {
        this.markdown = markdown;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }

    public String getMarkdown() {
        return markdown;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public @Nullable Long getSavedBy() {
        return savedBy;
    }
}
