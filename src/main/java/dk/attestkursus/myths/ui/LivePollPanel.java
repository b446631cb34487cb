package dk.attestkursus.myths.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.Myth;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.myths.AnswerCounts;
import dk.attestkursus.myths.LivePollException;
import dk.attestkursus.myths.LivePollService;
import dk.attestkursus.myths.LivePollSnapshot;
import dk.attestkursus.myths.MythPictures;
import dk.attestkursus.myths.MythService;
import dk.attestkursus.myths.PollCounts;
import dk.attestkursus.myths.PollState;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A run's live poll for its instructors, wherever they run it: the statement, the votes coming in
 * (by push) beside what the group guessed before the session, both under the group rule of
 * decision 016, and the buttons to reveal the answer and close the poll. Either co-instructor may
 * press them; the other's screen follows. Made by {@link LivePolls}.
 *
 * <p>On the poll page ({@link Mode#HOST}) it is always shown and says when no poll is open; in the
 * facilitator view ({@link Mode#FACILITATOR}) it shows only while a poll is open, with a short
 * answer; on the projector ({@link Mode#PROJECTOR}) it shows the question in large type without
 * buttons or notes, and the votes only once the answer is revealed, so the room is not swayed.
 */
public final class LivePollPanel extends Div {

    /** Where the panel is shown. */
    public enum Mode {
        HOST,
        FACILITATOR,
        PROJECTOR
    }

    private final LivePollService polls;
    private final MythService myths;
    private final Course course;
    private final MythPictures pictures;
    private final CourseRunId run;
    private final Mode mode;
    private final List<Consumer<Optional<LivePollSnapshot>>> listeners = new CopyOnWriteArrayList<>();
    private @Nullable Registration subscription;
    /** The newest snapshot seen, closed or not: later arrivals are compared with it. */
    private @Nullable LivePollSnapshot latest;
    /** The poll on screen: the newest snapshot unless it is closed. */
    private @Nullable LivePollSnapshot live;

    private @Nullable Div liveCounts;
    private Map<String, AnswerCounts> before = Map.of();

    LivePollPanel(
            LivePollService polls,
            MythService myths,
            Course course,
            MythPictures pictures,
            CourseRunId run,
            Mode mode) {
        this.polls = polls;
        this.myths = myths;
        this.course = course;
        this.pictures = pictures;
        this.run = run;
        this.mode = mode;
        setId("live-panel");
        addClassNames("live-panel", "live-panel-" + mode.name().toLowerCase(Locale.ROOT));
        if (mode != Mode.PROJECTOR) {
            addClassName("card");
        }
        getElement().setAttribute("aria-live", "polite");
        setVisible(mode == Mode.HOST);
    }

    /** The poll on screen, if one is open or revealed. */
    public Optional<LivePollSnapshot> live() {
        return Optional.ofNullable(live);
    }

    /** Told whenever the poll on screen opens, changes state or closes (not on votes). */
    public Registration addLiveListener(Consumer<Optional<LivePollSnapshot>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Reads the run's poll and the guesses from before the session again, and shows them. */
    public void refresh() {
        try {
            before = myths.beforeSession(run);
            latest = polls.latest(run).orElse(null);
        } catch (LivePollException | AccessDeniedException refused) {
            // Withdrawn from the run while the page was open.
            unsubscribe();
            removeAll();
            live = null;
            setVisible(true);
            add(Cards.emptyState(getTranslation("poll.error.not_in_run")));
            listeners.forEach(l -> l.accept(Optional.empty()));
            return;
        }
        live = latest != null && latest.state() != PollState.CLOSED ? latest : null;
        render();
        listeners.forEach(l -> l.accept(live()));
    }

    /** Shows a snapshot an action returned or a push delivered, unless a newer one is shown already. */
    public void accept(LivePollSnapshot snapshot) {
        if (!snapshot.runId().equals(run)) {
            return;
        }
        LivePollSnapshot shown = latest;
        if (shown != null && !snapshot.isNewerThan(shown)) {
            return;
        }
        latest = snapshot;
        boolean onlyVotes = shown != null && shown.pollId() == snapshot.pollId() && shown.state() == snapshot.state();
        live = snapshot.state() == PollState.CLOSED ? null : snapshot;
        if (onlyVotes && live != null && liveCounts != null) {
            liveCounts.removeAll();
            liveCounts.add(votes(live));
            return;
        }
        render();
        listeners.forEach(l -> l.accept(live()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe();
        try {
            // Subscribe before reading, so no change falls between the two.
            subscription = polls.subscribe(run, snapshot -> ui.access(() -> accept(snapshot)));
        } catch (LivePollException | AccessDeniedException refused) {
            // refresh() below says so
        }
        refresh();
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

    private void render() {
        removeAll();
        liveCounts = null;
        LivePollSnapshot snapshot = live;
        getElement()
                .setAttribute(
                        "data-state",
                        snapshot == null ? "none" : snapshot.state().name().toLowerCase(Locale.ROOT));
        Myth myth = snapshot == null ? null : course.myth(snapshot.mythId()).orElse(null);
        setVisible(mode == Mode.HOST || myth != null);
        if (snapshot == null || myth == null) {
            if (mode == Mode.HOST) {
                add(new H2(getTranslation("polls.live")), paragraph("live-none", getTranslation("polls.none")));
            }
            return;
        }
        if (mode == Mode.PROJECTOR) {
            renderProjected(snapshot, myth);
            return;
        }
        Span state = new Span(getTranslation("polls.state." + MythReveal.key(snapshot.state())));
        state.addClassNames("status", snapshot.state() == PollState.OPEN ? "badge-ok" : "badge-warning");
        state.setId("live-state");
        Paragraph statement = new Paragraph(myth.statement());
        statement.addClassName("myth-statement");
        statement.setId("live-statement");
        add(new H2(getTranslation("polls.live")), state, statement, columns(snapshot, myth));

        Button reveal = button("poll-reveal", "polls.reveal", () -> polls.reveal(snapshot.pollId()));
        reveal.setEnabled(snapshot.state() == PollState.OPEN);
        Button close = button("poll-close", "polls.close", () -> polls.close(snapshot.pollId()));
        Div actions = new Div(reveal, close);
        actions.addClassName("actions");
        add(actions, note(myth));
        if (snapshot.state() == PollState.REVEALED) {
            add(mode == Mode.HOST ? MythReveal.of(this, course, myth, pictures) : MythReveal.compact(this, myth));
        }
    }

    /** The projector: the question, then (revealed) the answer and how the room voted. */
    private void renderProjected(LivePollSnapshot snapshot, Myth myth) {
        Paragraph kicker = paragraph("live-question", getTranslation("myths.question"));
        kicker.addClassName("projected-kicker");
        H1 statement = new H1(myth.statement());
        statement.setId("live-statement");
        statement.addClassName("projected-statement");
        add(kicker, statement);
        if (snapshot.state() == PollState.OPEN) {
            Paragraph how = paragraph("live-how", getTranslation("presentation.vote"));
            how.addClassName("projected-how");
            add(how);
            liveCounts = new Div(turnout(snapshot.answers()));
            add(liveCounts);
            return;
        }
        add(MythReveal.compact(this, myth), columns(snapshot, myth));
    }

    private Div columns(LivePollSnapshot snapshot, Myth myth) {
        Div now = new Div(new H3(getTranslation("polls.now")));
        liveCounts = new Div(votes(snapshot));
        now.add(liveCounts);
        Div earlier = new Div(new H3(getTranslation("polls.before")));
        AnswerCounts guessed = before.getOrDefault(myth.id(), AnswerCounts.of(0, PollCounts.NONE));
        earlier.add(
                guessed.answeredShown() && guessed.answered() == 0
                        ? paragraph("before-none", getTranslation("polls.beforeNone"))
                        : CountBars.of(this, "before-counts", guessed, false));
        Div columns = new Div(now, earlier);
        columns.addClassName("poll-columns");
        return columns;
    }

    private Component votes(LivePollSnapshot snapshot) {
        if (mode == Mode.PROJECTOR && snapshot.state() == PollState.OPEN) {
            return turnout(snapshot.answers());
        }
        return CountBars.of(this, "live-counts", snapshot.answers(), true);
    }

    /** How many have voted, in large type (the projector while the poll is open). */
    private Component turnout(AnswerCounts answers) {
        if (!answers.answeredShown()) {
            return paragraph("live-counts-withheld", getTranslation("polls.group.fewPeople", AnswerCounts.MIN_GROUP));
        }
        Paragraph line =
                paragraph("live-turnout", getTranslation("polls.turnout", answers.answered(), answers.people()));
        line.addClassName("projected-turnout");
        return line;
    }

    private Details note(Myth myth) {
        Div body = new Div(
                new Paragraph(getTranslation("polls.lead." + MythReveal.key(myth.lead()))),
                new Paragraph(myth.instructorNote()));
        Details details = new Details(getTranslation("polls.note"), body);
        details.addClassName("instructor-note");
        return details;
    }

    /** A button that runs a poll action and shows the result; a refusal becomes a Danish message. */
    private Button button(String id, String labelKey, Supplier<LivePollSnapshot> action) {
        Button button = new Button(getTranslation(labelKey), e -> {
            try {
                accept(action.get());
            } catch (LivePollException refused) {
                Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
                refresh();
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph p = new Paragraph(Objects.requireNonNull(text));
        p.setId(id);
        return p;
    }
}
