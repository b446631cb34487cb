package dk.attestkursus.content;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A learning objective of the course, quoted from the course guide, with the picture that goes with
 * it (an SVG drawing from {@code content/illustrations}, with its text alternative), if it has one.
 */
public record Objective(String key, String text, @Nullable Illustration illustration) {

    public Objective(String key, String text) {
        this(key, text, null);
    }

    public Optional<Illustration> picture() {
        return Optional.ofNullable(illustration);
    }

    /** An SVG drawing as markup, checked at load (no script), and what it shows in words. */
    public record Illustration(String svg, String alt) {}
}
