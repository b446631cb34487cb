package dk.attestkursus.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The note-taker's notes of a session and the agreed actions. {@code version} is what the notes
 * editor loaded: saving over a newer version is refused, so neither instructor's text is lost.
 */
public record SessionNotes(
        @Nullable String noteTaker,
        String text,
        long version,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy,
        List<Action> actions) {

    /** An agreed action: what, who, by when. */
    public record Action(
            AgreedActionId id,
            String text,
            @Nullable String owner,
            @Nullable LocalDate due) {}

    public SessionNotes {
        actions = List.copyOf(actions);
    }
}
