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
import dk.attestkursus.content.Slide;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.myths.ui.LivePollPanel;
import dk.attestkursus.myths.ui.LivePolls;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.session.SessionBlock;
import dk.attestkursus.session.SessionException;
import dk.attestkursus.session.SessionPaths;
import dk.attestkursus.session.SessionService;
import dk.attestkursus.session.SessionSnapshot;
import dk.attestkursus.session.SlideMarkup;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * For the projector: the current slide as a real 16:9 slide in large type (or the block's title
 * when it has no slides), following the facilitator view's advance; the audit's figures as figures
 * ({@link SlideMarkup}). While a poll is live, the slide gives way to the poll: the question, and
 * once revealed the answer and how the room voted, under the group rule (decision 016). The arrow
 * keys move between slides.
 */
@Route(SessionPaths.PRESENTATION)
@RolesAllowed(AppRoles.INSTRUCTOR)
class PresentationView extends SessionPage implements BeforeEnterObserver, HasDynamicTitle {

    private final LivePolls livePolls;
    private final Div frame = new Div();
    private final Div stage = new Div();
    private @Nullable LivePollPanel poll;
    private @Nullable CourseRunId runId;

    PresentationView(SessionService sessions, LivePolls livePolls) {
        super(sessions);
        this.livePolls = livePolls;
        addClassName("presentation");
        frame.setId("slide");
        frame.addClassName("slide-frame");
        stage.addClassName("slide-stage");
        frame.add(stage);
        add(frame);
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
        if (poll != null) {
            frame.remove(poll);
        }
        LivePollPanel panel = livePolls.forInstructors(runId, LivePollPanel.Mode.PROJECTOR);
        // A live poll takes the screen; when it closes, the slide comes back.
        panel.addLiveListener(live -> stage.setVisible(live.isEmpty()));
        frame.add(panel);
        poll = panel;
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
        stage.removeClassName("slide-title-only");
        Optional<SessionBlock> current = s.current();
        if (current.isEmpty()) {
            stage.addClassName("slide-title-only");
            stage.add(title(getTranslation(s.endedAt() != null ? "presentation.ended" : "presentation.waiting")));
            return;
        }
        SessionBlock block = current.get();
        if (block.slides().isEmpty()) {
            stage.addClassName("slide-title-only");
            stage.add(title(block.title()));
            return;
        }
        int index = Math.min(s.slideIndex(), block.slides().size() - 1);
        Slide slide = block.slides().get(index);
        Paragraph kicker = new Paragraph(block.title());
        kicker.addClassName("slide-kicker");
        Paragraph position = new Paragraph(getTranslation(
                "presentation.position", index + 1, block.slides().size()));
        position.addClassName("slide-position");
        stage.add(kicker, title(slide.title()), new Html(SlideMarkup.bodyHtml(slide)), position);
    }

    private static H1 title(String text) {
        H1 title = new H1(text);
        title.setId("slide-title");
        title.addClassName("slide-heading");
        return title;
    }

    @Override
    protected Optional<SessionSnapshot> reread(CourseRunId runId) {
        return Optional.of(sessions.snapshot(runId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.presentation");
    }
}
