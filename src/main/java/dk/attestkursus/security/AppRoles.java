package dk.attestkursus.security;

/**
 * The role names, in one place, for {@code @RolesAllowed} on views and {@code @PreAuthorize} on
 * services. Spring stores them with the {@code ROLE_} prefix.
 */
public final class AppRoles {

    /** A caseworker (sagsbehandler) taking the course. */
    public static final String PARTICIPANT = "PARTICIPANT";
    /** An instructor (underviser): a practice consultant or a jobcenter representative. */
    public static final String INSTRUCTOR = "INSTRUCTOR";
    /** A leader (leder) of caseworkers. */
    public static final String LEADER = "LEADER";
    /** A municipality's administrator (kommunal administrator). */
    public static final String ADMIN = "ADMIN";
    /** The platform's administrator: municipalities and the national view. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    /** A national coordinator: the national view, read-only. */
    public static final String COORDINATOR = "COORDINATOR";
    /** The platform itself, for scheduled jobs (sending mails); never a person's account. */
    public static final String SYSTEM = "SYSTEM";

    public static final String HAS_PARTICIPANT = "hasRole('PARTICIPANT')";
    public static final String HAS_INSTRUCTOR = "hasRole('INSTRUCTOR')";
    public static final String HAS_LEADER = "hasRole('LEADER')";
    public static final String HAS_ADMIN = "hasRole('ADMIN')";
    public static final String HAS_INSTRUCTOR_OR_ADMIN = "hasAnyRole('INSTRUCTOR', 'ADMIN')";
    public static final String HAS_LEADER_OR_ADMIN = "hasAnyRole('LEADER', 'ADMIN')";
    /** Everyone but caseworkers: for who-is-done sets that feed counts (never shown per person to leaders). */
    public static final String HAS_STAFF_LEADER_OR_SYSTEM = "hasAnyRole('INSTRUCTOR', 'LEADER', 'ADMIN', 'SYSTEM')";

    public static final String HAS_PLATFORM_ADMIN = "hasRole('PLATFORM_ADMIN')";
    public static final String HAS_NATIONAL_VIEW = "hasAnyRole('PLATFORM_ADMIN', 'COORDINATOR')";
    /**
     * Figures per municipality: across all in a platform session (the national view, or a leader's
     * national average asked in {@code MunicipalScope.platform}), else the session's own municipality only.
     */
    public static final String HAS_FIGURES_BY_MUNICIPALITY =
            "hasAnyRole('PLATFORM_ADMIN', 'COORDINATOR', 'LEADER', 'ADMIN', 'SYSTEM')";

    public static final String HAS_SYSTEM = "hasRole('SYSTEM')";
    public static final String HAS_ADMIN_OR_SYSTEM = "hasAnyRole('ADMIN', 'SYSTEM')";
    public static final String HAS_INSTRUCTOR_ADMIN_OR_SYSTEM = "hasAnyRole('INSTRUCTOR', 'ADMIN', 'SYSTEM')";

    private AppRoles() {}
}
