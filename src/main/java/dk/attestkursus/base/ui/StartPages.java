package dk.attestkursus.base.ui;

import dk.attestkursus.security.Role;

/**
 * Where each role starts. Paths, not classes: the start pages live in features above the base,
 * which the base must not import (docs/decisions/001-package-by-feature.md).
 */
public final class StartPages {

    /** The root, which sends each role on to its start page. */
    public static final String ROOT = "";

    public static final String PARTICIPANT = "kursus";
    public static final String INSTRUCTOR = "underviser";
    public static final String LEADER = "leder";
    public static final String ADMIN = "admin";
    public static final String PLATFORM_ADMIN = "platform";
    public static final String COORDINATOR = "national";

    private StartPages() {}

    public static String of(Role role) {
        return switch (role) {
            case PARTICIPANT -> PARTICIPANT;
            case INSTRUCTOR -> INSTRUCTOR;
            case LEADER -> LEADER;
            case ADMIN -> ADMIN;
            case PLATFORM_ADMIN -> PLATFORM_ADMIN;
            case COORDINATOR -> COORDINATOR;
        };
    }
}
