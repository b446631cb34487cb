package dk.attestkursus.session.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.myths.LivePollSnapshot;
import dk.attestkursus.myths.ui.LivePollPanel;
import dk.attestkursus.myths.ui.LivePolls;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.session.SessionBlock;
import dk.attestkursus.session.SessionException;
import dk.attestkursus.session.SessionNotesService;
import dk.attestkursus.session.SessionPaths;
import dk.attestkursus.session.SessionService;
import dk.attestkursus.session.SessionSnapshot;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The facilitator view for the live session, for both co-instructors at once: the current block
 * with a running timer (overrun shown), who leads now, the notes and interplay prompts, buttons
 * for the block's polls and exercises, the slides, the next block; the live poll with its votes,
 * reveal and close (myths' {@link LivePollPanel}, so no second page is needed); the note-taker's
 * notes and the agreed actions. Advancing on one screen advances the other by server push.
 */
@Route(value = SessionPaths.FACILITATOR, layout = MainLayout.class)
@RolesAllowed(AppRoles.INSTRUCTOR)
class FacilitatorView extends SessionPage implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final CourseRunService runs;
    private final CourseContent content;
    /** Starting earlier than this before the session asks first. */
    private static final Duration EARLY_START = Duration.ofDays(1);

    private final AppI18NProvider i18n;
    private final Clock clock;
    private final Div live = new Div();
    private final Div blockArea = new Div();
    private final Div footerArea = new Div();
    private final LivePolls livePolls;
    private final SessionNotesService notes;
    private @Nullable LivePollPanel pollPanel;
    private @Nullable NotesPanel notesPanel;
    private @Nullable CourseRunSummary run;
    private String title = "";

    FacilitatorView(
            SessionService sessions,
            SessionNotesService notes,
            CourseRunService runs,
            CourseContent content,
            LivePolls livePolls,
            AppI18NProvider i18n,
            Clock clock) {
        super(sessions);
        this.livePolls = livePolls;
        this.notes = notes;
        this.runs = runs;
        this.content = content;
        this.i18n = i18n;
        this.clock = clock;
        addClassNames("page", "facilitator");
        live.setId("session-live");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CourseRunId id =
                new CourseRunId(event.getRouteParameters().getLong("runId").orElseThrow(NotFoundException::new));
        SessionSnapshot first;
        try {
            run = runs.myRun(id).orElseThrow(NotFoundException::new);
            first = sessions.snapshot(id);
        } catch (SessionException e) {
            throw new NotFoundException();
        }
        title = getTranslation("session.title", run.name());
        removeAll();
        add(new Anchor(RunPaths.run(id), getTranslation("session.backToRun")), new H1(title));
        HorizontalLayout links = new HorizontalLayout();
        links.setWrap(true);
        Anchor presentation = new Anchor(SessionPaths.presentation(id), getTranslation("session.presentation"));
        presentation.setTarget("_blank");
        presentation.setId("presentation-link");
        presentation.addClassName("secondary-link");
        Anchor programme = new Anchor(SessionPaths.programme(id), getTranslation("session.programme"));
        programme.setId("programme-link");
        programme.addClassName("secondary-link");
        links.add(presentation, programme);
        SessionDownloads.addTo(links, sessions, notes, content, id, run, i18n, getLocale());
        add(links);
        if (run.online()) {
            Details guide = new Details(
                    getTranslation("session.onlineGuide"),
                    new Html("<div class=\"lesson-body\">"
                            + content.course().program().onlineGuideHtml() + "</div>"));
            guide.setId("online-guide");
            add(guide);
        }
        notesPanel = new NotesPanel(notes, id, i18n);
        // The poll panel stays while the block card above it is redrawn: it follows the poll by push.
        LivePollPanel panel = livePolls.forInstructors(id, LivePollPanel.Mode.FACILITATOR);
        panel.addLiveListener(poll -> {
            if (snapshot != null) {
                show(snapshot, snapshot); // the block's poll buttons follow the live poll
            }
        });
        pollPanel = panel;
        live.removeAll();
        live.add(blockArea, panel, footerArea);
        add(live, notesPanel);
        snapshot = null;
        receive(first);
        follow(id);
    }

    @Override
    protected void show(SessionSnapshot s, @Nullable SessionSnapshot previous) {
        blockArea.removeAll();
        footerArea.removeAll();
        if (s.startedAt() == null || s.endedAt() != null) {
            showNotRunning(s);
            return;
        }
        SessionBlock current = s.current().orElseThrow();
        blockArea.add(currentBlockCard(s, current));
        footerArea.add(upcoming(s), navigation(s, current));
    }

    /** Before the start or after the end: the plan and a button to start (again). */
    private void showNotRunning(SessionSnapshot s) {
        blockArea.add(new H2(getTranslation(s.endedAt() != null ? "session.ended" : "session.notStarted")));
        Paragraph plan =
                new Paragraph(getTranslation("session.plan", s.blocks().size(), s.totalMinutes(), s.plannedMinutes()));
        plan.setId("session-plan");
        blockArea.add(plan);
        Button start = new Button(
                getTranslation(s.endedAt() != null ? "session.restart" : "session.start"),
                VaadinIcon.PLAY.create(),
                e -> startOrAsk(s));
        start.setId("session-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        blockArea.add(start);
    }

    /**
     * Starts the session, or first asks when its day is more than a day away (issue 23): a session started
     * weeks early by a click too many would show the participants a running session.
     */
    private void startOrAsk(SessionSnapshot s) {
        Instant now = clock.instant();
        if (!s.sessionStartsAt().minus(EARLY_START).isAfter(now)) {
            act(() -> sessions.start(s.runId()));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("session.earlyTitle"),
                getTranslation("session.earlyText", Formats.dateTime(s.sessionStartsAt(), getLocale(), i18n)),
                getTranslation("session.earlyStart"),
                ok -> act(() -> sessions.start(s.runId())),
                getTranslation("common.cancel"),
                no -> {});
        confirm.setId("session-early-confirm");
        confirm.open();
    }

    private CurrentBlockCard currentBlockCard(SessionSnapshot s, SessionBlock current) {
        String livePollMyth = pollPanel == null
                ? null
                : pollPanel.live().map(LivePollSnapshot::mythId).orElse(null);
        return new CurrentBlockCard(s, current, content.course(), livePollMyth, clock, new CurrentBlockCard.Actions() {
            @Override
            public void openPoll(String mythId) {
                act(() -> sessions.openPoll(s.runId(), mythId, s.openTarget()));
                if (pollPanel != null) {
                    pollPanel.refresh(); // shown at once, not only when the push arrives
                }
            }

            @Override
            public void openExercise(String exerciseId) {
                act(() -> sessions.openExercise(s.runId(), exerciseId, s.openTarget()));
            }

            @Override
            public void slide(int index) {
                act(() -> sessions.slide(s.runId(), current.id(), index));
            }
        });
    }

    private Div upcoming(SessionSnapshot s) {
        Div upcoming = new Div();
        upcoming.addClassName("card");
        upcoming.setId("next-block");
        s.next()
                .ifPresentOrElse(
                        n -> upcoming.add(
                                new H3(getTranslation("session.next")),
                                new Paragraph(getTranslation(
                                        "session.nextBlock",
                                        n.title(),
                                        n.minutes(),
                                        getTranslation(n.lead().labelKey())))),
                        () -> upcoming.add(new Paragraph(getTranslation("session.lastBlock"))));
        return upcoming;
    }

    /** Back one block, and on to the next (or end the session after the last). */
    private HorizontalLayout navigation(SessionSnapshot s, SessionBlock current) {
        Button back = new Button(
                getTranslation("session.back"),
                VaadinIcon.ARROW_BACKWARD.create(),
                e -> act(() -> sessions.back(s.runId(), current.id())));
        back.setId("session-back");
        back.setEnabled(current.position() > 0);
        boolean last = s.next().isEmpty();
        Button advance = new Button(
                getTranslation(last ? "session.end" : "session.advance"),
                VaadinIcon.ARROW_FORWARD.create(),
                e -> act(() -> sessions.advance(s.runId(), current.id())));
        advance.setId("session-advance");
        advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout nav = new HorizontalLayout(back, advance);
        nav.setWrap(true);
        return nav;
    }

    /** Unsaved notes are not lost by leaving: the instructor is asked first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (notesPanel != null) {
            notesPanel.confirmLeaving(event);
        }
    }

    private CourseRunSummary run() {
        if (run == null) {
            throw new IllegalStateException("Run not loaded");
        }
        return run;
    }

    @Override
    protected Optional<SessionSnapshot> reread(CourseRunId runId) {
        return Optional.of(sessions.snapshot(runId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
