package dk.attestkursus.courserun;

import dk.attestkursus.courserun.domain.EnrolmentEvent;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One line of a run's enrolment history: who, what, when, by whom, and the other run of a move. */
public record EnrolmentHistoryEntry(
        Instant at,
        String personName,
        EnrolmentEvent.Kind kind,
        @Nullable String otherRunName,
        String byName) {

    public String labelKey() {
        return "history." + kind.name().toLowerCase(Locale.ROOT);
    }
}
