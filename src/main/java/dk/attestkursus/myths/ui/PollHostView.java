package dk.attestkursus.myths.ui;

import com.vaadin.flow.component.AttachEvent;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
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
import dk.attestkursus.myths.MythPictures;
import dk.attestkursus.myths.MythService;
import dk.attestkursus.myths.PollCounts;
import dk.attestkursus.myths.PollState;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The instructors' myth polls for a run: open a myth as a live poll, watch the votes come in
 * beside what the group guessed before the session, reveal the answer on every participant's
 * device, close and move to the next. Both co-instructors can have it open; each sees the other's
 * steps at once (server push).
 */
@Route(value = "underviser/myter", layout = MainLayout.class)
@RolesAllowed(AppRoles.INSTRUCTOR)
@Menu(title = "nav.polls", order = 2, icon = "vaadin:lightbulb")
class PollHostView extends Div implements HasDynamicTitle {

    private final LivePollService polls;
    private final MythService myths;
    private final CourseRunService runs;
    private final MythPictures pictures;
    private final Course course;
    private final Div livePanel = new Div();
    private final Div mythList = new Div();
    private @Nullable CourseRunSummary run;
    /** The newest snapshot seen, closed or not: later arrivals are compared with it. */
    private @Nullable LivePollSnapshot latest;
    /** The poll on screen: the newest snapshot unless it is closed. */
    private @Nullable LivePollSnapshot live;
    private @Nullable Div liveCounts;
    private Map<String, PollCounts> before = Map.of();
    private int participants;
    private @Nullable Registration subscription;
    private @Nullable UI ui;

    PollHostView(LivePollService polls, MythService myths, CourseRunService runs, CourseContent content,
            MythPictures pictures, AppI18NProvider i18n, Clock clock) {
        this.polls = polls;
        this.myths = myths;
        this.runs = runs;
        this.pictures = pictures;
        this.course = content.course();
        addClassName("page");
        add(new H1(getTranslation("polls.title")));
        Paragraph intro = new Paragraph(getTranslation("polls.intro"));
        intro.addClassName("lead");
        intro.setId("polls-intro");
        add(intro);
        List<CourseRunSummary> mine = runs.myRunsAsInstructor();
        if (mine.isEmpty()) {
            add(Cards.emptyState(getTranslation("instructor.home.noRuns")));
            return;
        }
        CourseRunSummary next = mine.stream().filter(r -> r.endsAt().isAfter(clock.instant())).findFirst()
                .orElse(mine.getLast());
        if (mine.size() > 1) {
            Select<CourseRunSummary> choose = new Select<>();
            choose.setId("poll-run");
            choose.setLabel(getTranslation("polls.run"));
            choose.setItems(mine);
            choose.setItemLabelGenerator(r -> r.name() + " – " + Formats.dateTime(r.startsAt(), getLocale(), i18n));
            choose.setValue(next);
            choose.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    show(e.getValue());
                }
            });
            add(choose);
        }
        livePanel.setId("live-panel");
        livePanel.addClassNames("card", "live-panel");
        livePanel.getElement().setAttribute("aria-live", "polite");
        mythList.setId("poll-myths");
        mythList.addClassName("card-list");
        add(livePanel, new H2(getTranslation("polls.myths")), mythList);
        run = next;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
        if (run != null) {
            show(run);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe();
        ui = null;
    }

    private void show(CourseRunSummary selected) {
        unsubscribe();
        run = selected;
        latest = null;
        UI current = ui;
        if (current != null) {
            subscription = polls.subscribe(selected.id(), snapshot -> current.access(() -> apply(snapshot)));
        }
        try {
            participants = runs.participantsOf(selected.id()).size();
            before = myths.beforeSession(selected.id());
            latest = polls.latest(selected.id()).orElse(null);
        } catch (LivePollException | org.springframework.security.access.AccessDeniedException refused) {
            // Withdrawn from the run while the page was open.
            unsubscribe();
            livePanel.removeAll();
            mythList.removeAll();
            livePanel.add(Cards.emptyState(getTranslation("poll.error.not_in_run")));
            return;
        }
        live = latest != null && latest.state() != PollState.CLOSED ? latest : null;
        renderLive();
        renderMyths();
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void apply(LivePollSnapshot snapshot) {
        if (run == null || !snapshot.runId().equals(run.id())) {
            return;
        }
        LivePollSnapshot shown = latest;
        if (shown != null && !snapshot.isNewerThan(shown)) {
            return;
        }
        latest = snapshot;
        boolean onlyVotes = shown != null && shown.pollId() == snapshot.pollId() && shown.state() == snapshot.state();
        if (snapshot.state() == PollState.CLOSED) {
            live = null;
            renderLive();
            renderMyths();
            return;
        }
        live = snapshot;
        if (onlyVotes && liveCounts != null) {
            liveCounts.removeAll();
            liveCounts.add(votes(snapshot));
        } else {
            renderLive();
            renderMyths();
        }
    }

    private void renderLive() {
        livePanel.removeAll();
        liveCounts = null;
        LivePollSnapshot snapshot = live;
        Myth myth = snapshot == null ? null : course.myth(snapshot.mythId()).orElse(null);
        if (snapshot == null || myth == null) {
            Paragraph none = new Paragraph(getTranslation("polls.none"));
            none.setId("live-none");
            livePanel.add(new H2(getTranslation("polls.live")), none);
            return;
        }
        Span state = new Span(getTranslation("polls.state." + MythReveal.key(snapshot.state())));
        state.addClassNames("status", snapshot.state() == PollState.OPEN ? "badge-ok" : "badge-warning");
        state.setId("live-state");
        Paragraph statement = new Paragraph(myth.statement());
        statement.addClassName("myth-statement");
        statement.setId("live-statement");
        livePanel.add(new H2(getTranslation("polls.live")), state, statement);

        Div now = new Div(new H3(getTranslation("polls.now")));
        liveCounts = new Div(votes(snapshot));
        now.add(liveCounts);
        Div earlier = new Div(new H3(getTranslation("polls.before")));
        PollCounts guessed = before.getOrDefault(myth.id(), PollCounts.NONE);
        earlier.add(guessed.total() == 0 ? paragraph("before-none", getTranslation("polls.beforeNone"))
                : CountBars.of(this, "before-counts", guessed));
        Div columns = new Div(now, earlier);
        columns.addClassName("poll-columns");
        livePanel.add(columns);

        Button reveal = button("poll-reveal", "polls.reveal", () -> polls.reveal(snapshot.pollId()));
        reveal.setEnabled(snapshot.state() == PollState.OPEN);
        Button close = button("poll-close", "polls.close", () -> polls.close(snapshot.pollId()));
        Div actions = new Div(reveal, close);
        actions.addClassName("actions");
        livePanel.add(actions, note(myth));
        if (snapshot.state() == PollState.REVEALED) {
            livePanel.add(MythReveal.of(this, course, myth, pictures));
        }
    }

    private Div votes(LivePollSnapshot snapshot) {
        Div box = CountBars.of(this, "live-counts", snapshot.counts());
        box.add(paragraph("live-turnout", getTranslation("polls.turnout", snapshot.counts().total(), participants)));
        return box;
    }

    private void renderMyths() {
        mythList.removeAll();
        CourseRunSummary selected = run;
        if (selected == null) {
            return;
        }
        Map<String, List<LivePollSnapshot>> history = polls.history(selected.id()).stream()
                .collect(Collectors.groupingBy(LivePollSnapshot::mythId));
        int number = 1;
        for (Myth myth : course.myths()) {
            Div card = new Div();
            card.addClassNames("card", "myth-card");
            card.setId("poll-myth-" + myth.id());
            H3 heading = new H3(getTranslation("myths.number", number++));
            heading.addClassName("card-kicker");
            Paragraph statement = new Paragraph(myth.statement());
            statement.addClassName("myth-statement");
            card.add(heading, statement, MythReveal.verdict(this, myth));
            PollCounts guessed = before.getOrDefault(myth.id(), PollCounts.NONE);
            card.add(new Paragraph(getTranslation("polls.beforeShort", guessed.myth(), guessed.fact(),
                    guessed.dontKnow())));
            List<LivePollSnapshot> done = history.getOrDefault(myth.id(), List.of());
            Paragraph status = new Paragraph(done.isEmpty() ? getTranslation("polls.notRun")
                    : getTranslation("polls.ran", done.getLast().counts().total()));
            status.addClassName("meta");
            card.add(status, note(myth));
            boolean isLive = live != null && live.mythId().equals(myth.id());
            if (!isLive) {
                Long expected = live == null ? null : live.pollId();
                Button open = button("open-poll-" + myth.id(), live == null ? "polls.open" : "polls.openNext",
                        () -> polls.open(selected.id(), myth.id(), expected));
                card.add(open);
            }
            mythList.add(card);
        }
    }

    private Details note(Myth myth) {
        Div body = new Div(new Paragraph(getTranslation("polls.lead." + MythReveal.key(myth.lead()))),
                new Paragraph(myth.instructorNote()));
        Details details = new Details(getTranslation("polls.note"), body);
        details.addClassName("instructor-note");
        return details;
    }

    /** A button that runs a poll action and shows the result; a refusal becomes a Danish message. */
    private Button button(String id, String labelKey, Supplier<LivePollSnapshot> action) {
        Button button = new Button(getTranslation(labelKey), e -> {
            try {
                apply(action.get());
            } catch (LivePollException refused) {
                Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
                if (run != null) {
                    show(run);
                }
            }
        });
        button.setId(id);
        button.addThemeVariants(id.startsWith("open-") ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("polls.title");
    }
}
