package dk.attestkursus.content;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A video shown in a block. The organiser hosts it: {@code note} says where it comes from, and
 * {@code url} is the organiser's link (https) once they add it to the runbook.
 */
public record Video(String title, String note, @Nullable String url) {

    public Optional<String> link() {
        return Optional.ofNullable(url);
    }
}
