package dk.attestkursus.myths.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.shared.Registration;
import dk.attestkursus.base.ui.LayoutExtension;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.myths.LivePollException;
import dk.attestkursus.myths.LivePollService;
import dk.attestkursus.myths.LivePollSnapshot;
import dk.attestkursus.myths.MythPaths;
import dk.attestkursus.myths.PollState;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.Role;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tells a caseworker on any page that the instructors of their run have opened a poll, with a
 * button to the live page: nobody misses a poll because they were reading a lesson.
 */
@org.springframework.stereotype.Component
class LivePollNotifier implements LayoutExtension {

    private final CurrentUser currentUser;
    private final CourseRunService runs;
    private final LivePollService polls;

    LivePollNotifier(CurrentUser currentUser, CourseRunService runs, LivePollService polls) {
        this.currentUser = currentUser;
        this.runs = runs;
        this.polls = polls;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (currentUser.get().map(u -> u.role() != Role.PARTICIPANT).orElse(true)) {
            return Optional.empty();
        }
        return runs.myNextRun().map(run -> new Watcher(run, polls));
    }

    /** An empty element in the frame that watches the run while the caseworker is logged in. */
    private static final class Watcher extends Div {

        private final CourseRunSummary run;
        private final LivePollService polls;
        private @Nullable Registration subscription;
        private @Nullable LivePollSnapshot latest;
        private @Nullable Notification shown;

        Watcher(CourseRunSummary run, LivePollService polls) {
            this.run = run;
            this.polls = polls;
            getElement().setAttribute("hidden", true);
        }

        @Override
        protected void onAttach(AttachEvent event) {
            UI ui = event.getUI();
            try {
                subscription = polls.subscribe(run.id(), snapshot -> ui.access(() -> seen(ui, snapshot)));
                latest = polls.latest(run.id()).orElse(null);
            } catch (LivePollException withdrawn) {
                // No longer in the run: nothing to watch.
            }
        }

        @Override
        protected void onDetach(DetachEvent event) {
            if (subscription != null) {
                subscription.remove();
                subscription = null;
            }
        }

        private void seen(UI ui, LivePollSnapshot snapshot) {
            boolean opened = snapshot.state() == PollState.OPEN
                    && (latest == null || snapshot.pollId().isAfter(latest.pollId()));
            if (latest == null || snapshot.isNewerThan(latest)) {
                latest = snapshot;
            }
            String here = ui.getInternals().getActiveViewLocation().getPath();
            if (opened && !MythPaths.LIVE.equals(here)) {
                show(ui);
            }
        }

        private void show(UI ui) {
            if (shown != null) {
                shown.close();
            }
            Notification notification = new Notification();
            shown = notification;
            notification.setId("poll-notice");
            notification.setPosition(Notification.Position.TOP_CENTER);
            notification.setDuration(0);
            Button go = new Button(getTranslation("live.notice.go"), e -> {
                notification.close();
                ui.navigate(MythPaths.LIVE);
            });
            go.setId("poll-notice-go");
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button later = new Button(getTranslation("live.notice.later"), e -> notification.close());
            later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div content = new Div(new Span(getTranslation("live.notice.text")), go, later);
            content.addClassName("poll-notice");
            notification.add(content);
            notification.open();
        }
    }
}
