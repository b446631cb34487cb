package dk.attestkursus.content;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A document that facts in the content come from. Every fact names one. */
public record Source(
        String id,
        String title,
        @Nullable String url,
        @Nullable String note) {

    public Optional<String> link() {
        return Optional.ofNullable(url);
    }
}
