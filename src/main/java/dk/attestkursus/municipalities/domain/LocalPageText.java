package dk.attestkursus.municipalities.domain;

import dk.attestkursus.kernel.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A municipality's own page in the course, in Markdown: one per municipality (issue 21). */
@Entity
@Table(name = "local_page")
public class LocalPageText extends VersionedEntity {

    @Column(nullable = false)
    private String markdown;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private @Nullable Long updatedBy;

    @SuppressWarnings("NullAway.Init")
    protected LocalPageText() {
        // for JPA
    }

    public LocalPageText(String markdown, Instant now, @Nullable Long by) {
        this.markdown = markdown;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public void rewrite(String markdown, Instant now, @Nullable Long by) {
        this.markdown = markdown;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public String getMarkdown() {
        return markdown;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
