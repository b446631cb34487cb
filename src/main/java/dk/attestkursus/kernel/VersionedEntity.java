package dk.attestkursus.kernel;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity under optimistic locking: its {@code version} column rises with every write, so a save
 * from a stale screen (another window, a co-instructor) fails instead of overwriting newer data.
 */
@MappedSuperclass
public abstract class VersionedEntity extends BaseEntity {

    @Version
    private long version;

    /** The version this object was read at (or last written as). */
    public long getVersion() {
        return version;
    }
}
