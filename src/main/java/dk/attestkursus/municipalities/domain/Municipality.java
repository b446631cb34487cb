package dk.attestkursus.municipalities.domain;

import dk.attestkursus.kernel.MunicipalityId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A municipality (kommune) on the platform. The one entity that is not an {@link
 * dk.attestkursus.kernel.OwnedEntity}: it is what the others belong to (decision 020), so it is read
 * only through {@code MunicipalityService}, whose methods say who may see which.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Municipality() {
        // for JPA
    }

    public Municipality(String slug, String name, Instant createdAt) {
        this.slug = slug;
        this.name = name;
        this.createdAt = createdAt;
    }

    /** A new name; the slug stays, as it names the municipality's content file. */
    public void rename(String newName) {
        this.name = newName;
    }

    public MunicipalityId municipalityId() {
        if (id == null) {
            throw new IllegalStateException("Municipality not saved yet");
        }
        return new MunicipalityId(id);
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
