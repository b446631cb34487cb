package dk.attestkursus.kernel;

/**
 * Typed id of a municipality (kommune), the unit that owns accounts, teams, runs and everything
 * hanging off them (docs/decisions/020-municipal-ownership.md). {@link #PLATFORM} is the platform's
 * own organisation: only the platform administrators' and national coordinators' accounts belong to
 * it, and a session of it sees every municipality.
 */
public record MunicipalityId(long value) implements TypedId {

    /** The platform itself (VID, a region or a vendor running the platform for many municipalities). */
    public static final MunicipalityId PLATFORM = new MunicipalityId(0);

    /** Whether this is the platform's own organisation rather than a municipality. */
    public boolean isPlatform() {
        return value == PLATFORM.value;
    }
}
