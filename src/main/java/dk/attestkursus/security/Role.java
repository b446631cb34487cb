package dk.attestkursus.security;

import java.util.Locale;

/** What an account is for. Each role has its own start page. */
public enum Role {
    PARTICIPANT,
    INSTRUCTOR,
    LEADER,
    ADMIN;

    /** The translation key of the role's name. */
    public String labelKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }
}
