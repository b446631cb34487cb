package dk.attestkursus.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What every entity has: the municipality its row belongs to (docs/decisions/020-municipal-ownership.md).
 * Hibernate sets it from the session's municipality on insert and adds {@code municipality_id =
 * <session's>} to every query and every load by id of the entity, so a query cannot forget it; only the
 * platform's own sessions (platform administrator, national coordinator, the platform's jobs) see every
 * municipality. {@link BaseEntity} (generated ids) extends it; an entity keyed otherwise extends it itself.
 */
@MappedSuperclass
public abstract class OwnedEntity {

    @TenantId
    @Column(name = "municipality_id", nullable = false, updatable = false)
    private @Nullable Long municipalityId;

    /** The municipality the row belongs to; fails before the first save. */
    public MunicipalityId municipality() {
        if (municipalityId == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " not saved yet");
        }
        return new MunicipalityId(municipalityId);
    }

    /**
     * Places a new row in a municipality other than the session's. Only a platform session may do that
     * (Hibernate refuses a differing municipality from any other session), e.g. when the platform
     * administrator creates a municipality's first administrator.
     */
    protected void placeIn(MunicipalityId municipality) {
        if (municipalityId != null) {
            throw new IllegalStateException("A row never changes municipality");
        }
        this.municipalityId = municipality.value();
    }
}
