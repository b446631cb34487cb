package dk.attestkursus.myths.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.Myth;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.myths.LivePollException;
import dk.attestkursus.myths.LivePollService;
import dk.attestkursus.myths.LivePollSnapshot;
import dk.attestkursus.myths.MythAnswer;
import dk.attestkursus.myths.MythPictures;
import dk.attestkursus.myths.PollState;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The live poll on a caseworker's phone: the poll the instructors open appears at once (server
 * push), the caseworker votes, and the reveal follows when the instructors show it. A reloaded page
 * shows the current poll and keeps the vote. Made by {@link LivePolls} for the session page.
 */
public final class LivePollVoting extends Div {

    private final LivePollService polls;
    private final Course course;
    private final MythPictures pictures;
    private final CourseRunId run;
    private @Nullable LivePollSnapshot shown;
    private @Nullable Registration subscription;

    LivePollVoting(LivePollService polls, Course course, MythPictures pictures, CourseRunId run) {
        this.polls = polls;
        this.course = course;
        this.pictures = pictures;
        this.run = run;
        setId("live-stage");
        addClassNames("live-stage", "card");
        getElement().setAttribute("aria-live", "polite");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        try {
            // Subscribe before reading the newest poll, so no change falls between the two.
            subscription = polls.subscribe(run, snapshot -> ui.access(() -> apply(snapshot)));
            shown = polls.latest(run).orElse(null);
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

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void notInRun(LivePollException refused) {
        removeAll();
        Paragraph message = new Paragraph(getTranslation(refused.messageKey()));
        message.setId("live-message");
        add(message);
    }

    private void apply(LivePollSnapshot snapshot) {
        if (shown != null && !snapshot.isNewerThan(shown)) {
            return;
        }
        shown = snapshot;
        render(snapshot, null);
    }

    private void waiting() {
        removeAll();
        Paragraph wait = new Paragraph(getTranslation("live.waiting"));
        wait.setId("live-waiting");
        wait.addClassName("live-waiting");
        add(wait);
    }

    private void render(LivePollSnapshot snapshot, @Nullable String message) {
        Optional<Myth> found = course.myth(snapshot.mythId());
        if (found.isEmpty() || snapshot.state() == PollState.CLOSED) {
            waiting();
            if (snapshot.state() == PollState.CLOSED) {
                Paragraph closed = new Paragraph(getTranslation("live.closed"));
                closed.setId("live-closed");
                addComponentAsFirst(closed);
            }
            return;
        }
        Myth myth = found.get();
        removeAll();
        if (message != null) {
            add(refusal(message));
        }
        Paragraph statement = new Paragraph(myth.statement());
        statement.addClassName("myth-statement");
        statement.setId("live-statement");
        add(new H2(getTranslation("myths.question")), statement);
        Optional<MythAnswer> mine = polls.myVote(snapshot.pollId());
        if (snapshot.state() == PollState.OPEN && mine.isEmpty()) {
            Div buttons = new Div();
            buttons.addClassName("vote-buttons");
            for (MythAnswer answer : MythAnswer.values()) {
                Button vote = new Button(
                        getTranslation("myths.answer." + MythReveal.key(answer)), e -> vote(snapshot, answer));
                vote.setId("vote-" + MythReveal.key(answer));
                vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
                buttons.add(vote);
            }
            add(buttons);
            return;
        }
        Paragraph yours = new Paragraph(mine.map(
                        a -> getTranslation("live.yourVote", getTranslation("myths.answer." + MythReveal.key(a))))
                .orElse(getTranslation("live.noVote")));
        yours.setId("live-your-vote");
        add(yours);
        if (snapshot.state() == PollState.OPEN) {
            Paragraph wait = new Paragraph(getTranslation("live.waitForReveal"));
            wait.setId("live-wait-reveal");
            add(wait);
        } else {
            add(MythReveal.of(this, course, myth, pictures));
        }
    }

    private void vote(LivePollSnapshot snapshot, MythAnswer answer) {
        try {
            polls.vote(snapshot.pollId(), answer);
            render(snapshot, null);
            // The pressed button is gone: keep keyboard and screen-reader users at the answer.
            getChildren()
                    .filter(c -> c.getId().filter("live-your-vote"::equals).isPresent())
                    .findFirst()
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
                now = polls.current(run).orElse(null);
            } catch (LivePollException gone) {
                notInRun(gone);
                return;
            }
            if (now == null) {
                waiting();
                addComponentAsFirst(refusal(message));
            } else {
                shown = now;
                render(now, message);
            }
        }
    }

    private static Paragraph refusal(String message) {
        Paragraph refused = new Paragraph(message);
        refused.setId("live-message");
        refused.addClassNames("status", "badge-warning");
        return refused;
    }
}
