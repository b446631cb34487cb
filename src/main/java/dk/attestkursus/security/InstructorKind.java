package dk.attestkursus.security;

import java.util.Locale;

/**
 * The two kinds of co-instructor the course guide asks for: the municipal practice consultant
 * (a GP) and a representative of the jobcenter.
 */
public enum InstructorKind {
    PRACTICE_CONSULTANT,
    JOBCENTER;

    public String labelKey() {
        return "instructorKind." + name().toLowerCase(Locale.ROOT);
    }
}
