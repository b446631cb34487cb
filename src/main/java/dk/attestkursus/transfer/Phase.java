package dk.attestkursus.transfer;

import java.util.Arrays;
import java.util.Optional;

/** When the self-assessment is answered: before the course, and at each follow-up (the same statements). */
public enum Phase {
    BEFORE("foer"),
    FOLLOW_UP_1("opfoelgning-1"),
    FOLLOW_UP_2("opfoelgning-2");

    private final String slug;

    Phase(String slug) {
        this.slug = slug;
    }

    /** The phase's part of the address, e.g. {@code kursus/selvvurdering/foer}. */
    public String slug() {
        return slug;
    }

    public static Optional<Phase> ofSlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
    }
}
