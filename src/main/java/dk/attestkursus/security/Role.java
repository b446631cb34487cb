package dk.attestkursus.security;

import java.util.Locale;

/** What an account is for. Each role has its own start page. */
public enum Role {
    PARTICIPANT,
    INSTRUCTOR,
    LEADER,
    /** A municipality's administrator: its accounts, teams, runs and mail log. */
    ADMIN,
    /** The platform's administrator (VID, a region or a vendor): creates municipalities, sees across all. */
    PLATFORM_ADMIN,
    /** A national coordinator: reads the national view across municipalities, changes nothing. */
    COORDINATOR;

    /** Whether the role belongs to the platform rather than to a municipality. */
    public boolean isPlatform() {
        return this == PLATFORM_ADMIN || this == COORDINATOR;
    }

    /** The translation key of the role's name. */
    public String labelKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }
}
