package dk.attestkursus.kernel;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * What every entity with a generated id has (spring-petclinic's {@code BaseEntity}, whereabouts'
 * entity base): the id the database gives it on the first save, and {@link #requireId()} for code
 * that needs it afterwards. Equality stays object identity, as JPA's persistence context keeps one
 * object per row.
 */
@MappedSuperclass
public abstract class BaseEntity extends OwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** The id, or null before the entity is saved. */
    public @Nullable Long getId() {
        return id;
    }

    /** The id; fails for an entity not saved yet (a bug in the caller). */
    public long requireId() {
        if (id == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " not saved yet");
        }
        return id;
    }

    /** Whether the entity has not been saved yet. */
    public boolean isNew() {
        return id == null;
    }
}
