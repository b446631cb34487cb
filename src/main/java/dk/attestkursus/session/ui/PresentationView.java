package dk.attestkursus.session.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.content.Markdown;
import dk.attestkursus.content.Slide;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.session.SessionBlock;
import dk.attestkursus.session.SessionException;
import dk.attestkursus.session.SessionService;
import dk.attestkursus.session.SessionSnapshot;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * For the projector: the current slide full screen in large type (or the block's title when it
 * has no slides), following the facilitator view's advance. The arrow keys move between slides.
 */
@Route("underviser/session/:runId(\\d+)/praesentation")
@RolesAllowed(AppRoles.INSTRUCTOR)
class PresentationView extends SessionPage implements BeforeEnterObserver, HasDynamicTitle {

    private final Div stage = new Div();
    private @Nullable CourseRunId runId;

    PresentationView(SessionService sessions) {
        super(sessions);
        addClassName("presentation");
        stage.setId("slide");
        stage.addClassName("slide-stage");
        add(stage);
        Shortcuts.addShortcutListener(this, () -> step(1), Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(this, () -> step(1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> step(-1), Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(this, () -> step(-1), Key.PAGE_UP);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        runId = new CourseRunId(event.getRouteParameters().getLong("runId").orElseThrow(NotFoundException::new));
        try {
            snapshot = null;
            receive(sessions.snapshot(runId));
        } catch (SessionException e) {
            throw new NotFoundException();
        }
        follow(runId);
    }

    private void step(int delta) {
        SessionSnapshot s = snapshot;
        if (s == null || runId == null) {
            return;
        }
        CourseRunId id = runId;
        s.current().ifPresent(b -> act(() -> sessions.slide(id, b.id(), s.slideIndex() + delta)));
    }

    @Override
    protected void show(SessionSnapshot s, @Nullable SessionSnapshot previous) {
        stage.removeAll();
        Optional<SessionBlock> current = s.current();
        if (current.isEmpty()) {
            stage.add(new H1(getTranslation(s.endedAt() != null ? "presentation.ended" : "presentation.waiting")));
            return;
        }
        SessionBlock block = current.get();
        if (block.slides().isEmpty()) {
            stage.add(new H1(block.title()));
            return;
        }
        int index = Math.min(s.slideIndex(), block.slides().size() - 1);
        Slide slide = block.slides().get(index);
        H1 title = new H1(slide.title());
        title.setId("slide-title");
        Paragraph position = new Paragraph(getTranslation("presentation.position", index + 1, block.slides().size()));
        position.addClassName("slide-position");
        stage.add(title, new Html("<div class=\"slide-body\">" + Markdown.html(slide.markdown()) + "</div>"), position);
    }

    @Override
    protected java.util.Optional<SessionSnapshot> reread(CourseRunId runId) {
        return java.util.Optional.of(sessions.snapshot(runId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.presentation");
    }
}
