package dk.attestkursus.accessmatrix;

import dk.attestkursus.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the access matrix: who asks. The objects asked about belong to one caseworker (the
 * {@link #CASEWORKER}): their run, their team, their request, certificate, action plan and
 * self-assessment, all in the demo's first municipality. The "other" subjects hold the same role next to
 * those objects: in another run, another team or another municipality.
 */
enum Subject {
    ANONYMOUS("anon", null, "nobody logged in"),
    CASEWORKER("cw", Role.PARTICIPANT, "the caseworker whose objects are asked for"),
    OTHER_CASEWORKER("cw2", Role.PARTICIPANT, "another caseworker of the municipality, in another run and team"),
    RUN_INSTRUCTOR("ins", Role.INSTRUCTOR, "an instructor of the caseworker's run"),
    OTHER_INSTRUCTOR("ins2", Role.INSTRUCTOR, "an instructor of another run of the municipality"),
    TEAM_LEADER("lead", Role.LEADER, "the leader of the caseworker's team"),
    OTHER_LEADER("lead2", Role.LEADER, "the leader of another team of the municipality"),
    ADMIN("adm", Role.ADMIN, "the administrator of the caseworker's municipality"),
    OTHER_ADMIN("adm2", Role.ADMIN, "the administrator of another municipality"),
    PLATFORM_ADMIN("plat", Role.PLATFORM_ADMIN, "the platform's administrator"),
    COORDINATOR("coord", Role.COORDINATOR, "a national coordinator");

    /** The column's name in the table. */
    final String column;

    /** The subject's role; none for {@link #ANONYMOUS}. */
    final @Nullable Role role;

    final String description;

    Subject(String column, @Nullable Role role, String description) {
        this.column = column;
        this.role = role;
        this.description = description;
    }
}
