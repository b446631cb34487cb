package dk.attestkursus.session.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.kernel.RefusalException;
import dk.attestkursus.session.SessionService;
import dk.attestkursus.session.SessionSnapshot;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A page that follows a run's session by server push: it subscribes while attached, keeps the
 * newest snapshot (they may arrive out of order) and redraws with {@link #show}.
 */
abstract class SessionPage extends Div {

    protected final SessionService sessions;
    private @Nullable Registration subscription;
    private @Nullable CourseRunId followed;
    protected @Nullable SessionSnapshot snapshot;

    SessionPage(SessionService sessions) {
        this.sessions = sessions;
    }

    /** Starts following a run; call once the run is known (and again after a re-attach). */
    protected void follow(CourseRunId runId) {
        unsubscribe();
        followed = runId;
        getUI().ifPresent(ui -> subscribe(ui, runId));
    }

    /** Subscribes, then reads the state once more, so no change can fall between the first read and the subscription. */
    private void subscribe(UI ui, CourseRunId runId) {
        subscription = sessions.subscribe(runId, s -> ui.access(() -> receive(s)));
        reread(runId).ifPresent(this::receive);
    }

    /** The session's current state as this page may see it. */
    protected abstract Optional<SessionSnapshot> reread(CourseRunId runId);

    /** Shows a snapshot unless a newer one is already shown. */
    protected void receive(SessionSnapshot next) {
        if (next.isNewerThan(snapshot)) {
            SessionSnapshot previous = snapshot;
            snapshot = next;
            show(next, previous);
        }
    }

    protected abstract void show(SessionSnapshot now, @Nullable SessionSnapshot previous);

    /** Makes a change and shows the result; a refusal (e.g. the co-instructor was quicker) is told, not thrown. */
    protected void act(Supplier<SessionSnapshot> change) {
        try {
            receive(change.get());
        } catch (RefusalException e) {
            showRefusal(e);
        }
    }

    protected void showRefusal(RefusalException e) {
        Notification.show(getTranslation(e.messageKey()), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (followed != null && subscription == null) {
            subscribe(event.getUI(), followed);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe();
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }
}
