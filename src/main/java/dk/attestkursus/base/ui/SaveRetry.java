package dk.attestkursus.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Tries a failed save again after a while, by the browser polling the server (Vaadin's UI poll): no
 * thread of our own holds the UI, and a closed tab simply stops polling. The wait starts at 5 seconds
 * and doubles up to a minute; {@link #stop} (after a save went through, or when the view is left)
 * ends the polling ({@code docs/decisions/014-unsaved-text-in-the-browser.md}).
 */
public final class SaveRetry {

    static final Duration FIRST = Duration.ofSeconds(5);
    static final Duration LAST = Duration.ofMinutes(1);

    private Duration next = FIRST;
    private @Nullable Registration polling;
    private @Nullable UI ui;

    /** How long the next retry will wait (for the message that says when). */
    public Duration next() {
        return next;
    }

    /** Runs {@code retry} on the UI's next poll, {@link #next()} from now; later failures wait longer. */
    public void schedule(Runnable retry) {
        UI current = UI.getCurrent();
        if (current == null) {
            return;
        }
        ui = current;
        current.setPollInterval((int) next.toMillis());
        if (polling != null) {
            polling.remove();
        }
        polling = current.addPollListener(e -> retry.run());
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(LAST) > 0 ? LAST : doubled;
    }

    /** No more retries; the next failure waits the first interval again. */
    public void stop() {
        next = FIRST;
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        if (ui != null) {
            ui.setPollInterval(-1);
            ui = null;
        }
    }
}
