package dk.attestkursus.myths.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Myth;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.myths.LivePollException;
import dk.attestkursus.myths.LivePollService;
import dk.attestkursus.myths.LivePollSnapshot;
import dk.attestkursus.myths.MythAnswer;
import dk.attestkursus.myths.MythPictures;
import dk.attestkursus.myths.PollState;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * "I sessionen": the caseworker's phone in the room. The poll the instructors open appears here
 * at once (server push), the caseworker votes, and the reveal follows when the instructors show
 * it. A reloaded page shows the current poll and keeps the vote.
 */
@Route(value = LiveSessionView.PATH, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
@Menu(title = "nav.live", order = 3, icon = "vaadin:podium")
class LiveSessionView extends Div implements HasDynamicTitle {

    static final String PATH = dk.attestkursus.myths.MythPaths.LIVE;

    private final LivePollService polls;
    private final Course course;
    private final MythPictures pictures;
    private final @Nullable CourseRunSummary run;
    private final Div stage = new Div();
    private @Nullable LivePollSnapshot shown;
    private @Nullable Registration subscription;

    LiveSessionView(CourseRunService runs, LivePollService polls, CourseContent content, MythPictures pictures) {
        this.polls = polls;
        this.course = content.course();
        this.pictures = pictures;
        this.run = runs.myNextRun().orElse(null);
        addClassName("page");
        H1 title = new H1(getTranslation("live.title"));
        title.setId("live-title");
        add(title);
        if (run == null) {
            add(Cards.emptyState(getTranslation("live.noRun")));
            return;
        }
        Paragraph name = new Paragraph(run.name());
        name.addClassName("lead");
        stage.setId("live-stage");
        stage.addClassName("live-stage");
        stage.getElement().setAttribute("aria-live", "polite");
        // A way on while waiting (and keyboard access to the page's scrolling area on phones).
        Anchor myths = new Anchor(MythListView.PATH, getTranslation("live.toMyths"));
        myths.setId("live-to-myths");
        add(name, stage, myths);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (run == null) {
            return;
        }
        UI ui = event.getUI();
        try {
            // Subscribe before reading the newest poll, so no change falls between the two.
            subscription = polls.subscribe(run.id(), snapshot -> ui.access(() -> apply(snapshot)));
            shown = polls.latest(run.id()).orElse(null);
        } catch (LivePollException refused) {
            notInRun(refused);
            return;
        }
        if (shown == null || shown.state() == PollState.CLOSED) {
            waiting();
        } else {
            render(shown, null);
        }
    }

    private void notInRun(LivePollException refused) {
        stage.removeAll();
        Paragraph message = new Paragraph(getTranslation(refused.messageKey()));
        message.setId("live-message");
        stage.add(message);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void apply(LivePollSnapshot snapshot) {
        if (shown != null && !snapshot.isNewerThan(shown)) {
            return;
        }
        shown = snapshot;
        render(snapshot, null);
    }

    private void waiting() {
        stage.removeAll();
        Paragraph wait = new Paragraph(getTranslation("live.waiting"));
        wait.setId("live-waiting");
        stage.add(wait);
    }

    private void render(LivePollSnapshot snapshot, @Nullable String message) {
        Optional<Myth> found = course.myth(snapshot.mythId());
        if (found.isEmpty() || snapshot.state() == PollState.CLOSED) {
            waiting();
            if (snapshot.state() == PollState.CLOSED) {
                Paragraph closed = new Paragraph(getTranslation("live.closed"));
                closed.setId("live-closed");
                stage.addComponentAsFirst(closed);
            }
            return;
        }
        Myth myth = found.get();
        stage.removeAll();
        if (message != null) {
            Paragraph refused = new Paragraph(message);
            refused.setId("live-message");
            refused.addClassNames("status", "badge-warning");
            stage.add(refused);
        }
        H2 question = new H2(getTranslation("myths.question"));
        Paragraph statement = new Paragraph(myth.statement());
        statement.addClassName("myth-statement");
        statement.setId("live-statement");
        stage.add(question, statement);
        Optional<MythAnswer> mine = polls.myVote(snapshot.pollId());
        if (snapshot.state() == PollState.OPEN && mine.isEmpty()) {
            Div buttons = new Div();
            buttons.addClassName("vote-buttons");
            for (MythAnswer answer : MythAnswer.values()) {
                Button vote = new Button(getTranslation("myths.answer." + MythReveal.key(answer)),
                        e -> vote(snapshot, answer));
                vote.setId("vote-" + MythReveal.key(answer));
                vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
                buttons.add(vote);
            }
            stage.add(buttons);
            return;
        }
        Paragraph yours = new Paragraph(mine.map(a -> getTranslation("live.yourVote",
                getTranslation("myths.answer." + MythReveal.key(a)))).orElse(getTranslation("live.noVote")));
        yours.setId("live-your-vote");
        stage.add(yours);
        if (snapshot.state() == PollState.OPEN) {
            Paragraph wait = new Paragraph(getTranslation("live.waitForReveal"));
            wait.setId("live-wait-reveal");
            stage.add(wait);
        } else {
            stage.add(MythReveal.of(this, course, myth, pictures));
        }
    }

    private void vote(LivePollSnapshot snapshot, MythAnswer answer) {
        try {
            polls.vote(snapshot.pollId(), answer);
            render(snapshot, null);
            // The pressed button is gone: keep keyboard and screen-reader users at the answer.
            stage.getChildren().filter(c -> c.getId().filter("live-your-vote"::equals).isPresent()).findFirst()
                    .ifPresent(c -> {
                        c.getElement().setAttribute("tabindex", "-1");
                        c.getElement().callJsFunction("focus");
                    });
        } catch (LivePollException refused) {
            String message = getTranslation(refused.messageKey());
            Notification.show(message, 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            LivePollSnapshot now;
            try {
                now = run == null ? snapshot : polls.current(run.id()).orElse(null);
            } catch (LivePollException gone) {
                notInRun(gone);
                return;
            }
            if (now == null) {
                waiting();
                Paragraph refusedText = new Paragraph(message);
                refusedText.setId("live-message");
                refusedText.addClassNames("status", "badge-warning");
                stage.addComponentAsFirst(refusedText);
            } else {
                shown = now;
                render(now, message);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.title");
    }
}
