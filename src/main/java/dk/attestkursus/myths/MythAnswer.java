package dk.attestkursus.myths;

import dk.attestkursus.content.Myth;

/** A caseworker's answer to a myth's statement. */
public enum MythAnswer {
    MYTH,
    FACT,
    DONT_KNOW;

    /** Whether the answer matches the verdict; a nuanced verdict has no single right answer. */
    public boolean matches(Myth.Verdict verdict) {
        return switch (verdict) {
            case MYTH -> this == MYTH;
            case FACT -> this == FACT;
            case NUANCED -> false;
        };
    }
}
