package dk.attestkursus.session.ui;


import dk.attestkursus.requests.Exercises;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Markdown;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunPaths;
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
import org.jspecify.annotations.Nullable;

/**
 * The facilitator view for the live session, for both co-instructors at once: the current block
 * with a running timer (overrun shown), who leads now, the notes and interplay prompts, buttons
 * for the block's polls and exercises, the slides, the next block; the note-taker's notes and the
 * agreed actions. Advancing on one screen advances the other by server push.
 */
@Route(value = "underviser/session/:runId(\\d+)", layout = MainLayout.class)
@RolesAllowed(AppRoles.INSTRUCTOR)
class FacilitatorView extends SessionPage implements BeforeEnterObserver, com.vaadin.flow.router.BeforeLeaveObserver,
        HasDynamicTitle {

    private final CourseRunService runs;
    private final CourseContent content;
    private final AppI18NProvider i18n;
    private final Clock clock;
    private final Div live = new Div();
    private final SessionNotesService notes;
    private @Nullable NotesPanel notesPanel;
    private @Nullable CourseRunSummary run;
    private String title = "";

    FacilitatorView(SessionService sessions, SessionNotesService notes, CourseRunService runs, CourseContent content,
            AppI18NProvider i18n, Clock clock) {
        super(sessions);
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
        CourseRunId id = new CourseRunId(event.getRouteParameters().getLong("runId").orElseThrow(NotFoundException::new));
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
            Details guide = new Details(getTranslation("session.onlineGuide"),
                    new Html("<div class=\"lesson-body\">" + content.course().program().onlineGuideHtml() + "</div>"));
            guide.setId("online-guide");
            add(guide);
        }
        notesPanel = new NotesPanel(notes, id, i18n);
        add(live, notesPanel);
        snapshot = null;
        receive(first);
        follow(id);
    }

    @Override
    protected void show(SessionSnapshot s, @Nullable SessionSnapshot previous) {
        live.removeAll();
        Course course = content.course();
        if (s.startedAt() == null || s.endedAt() != null) {
            live.add(new H2(getTranslation(s.endedAt() != null ? "session.ended" : "session.notStarted")));
            Paragraph plan = new Paragraph(getTranslation("session.plan", s.blocks().size(), s.totalMinutes(),
                    s.plannedMinutes()));
            plan.setId("session-plan");
            live.add(plan);
            Button start = new Button(getTranslation(s.endedAt() != null ? "session.restart" : "session.start"),
                    VaadinIcon.PLAY.create(), e -> act(() -> sessions.start(s.runId())));
            start.setId("session-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            live.add(start);
            return;
        }
        SessionBlock current = s.current().orElseThrow();
        Div now = new Div();
        now.addClassNames("card", "current-block");
        now.setId("current-block");
        Span position = new Span(getTranslation("session.blockOf", current.position() + 1, s.blocks().size()));
        position.addClassName("meta");
        H2 heading = new H2(current.title());
        heading.setId("current-title");
        Paragraph lead = new Paragraph(getTranslation("session.leads", getTranslation(current.lead().labelKey())));
        lead.setId("current-lead");
        lead.addClassName("lead-now");
        now.add(position, heading, lead, timer(s, current));
        if (!current.description().isBlank()) {
            now.add(new Html("<div class=\"lesson-body\">" + Markdown.html(current.description()) + "</div>"));
        }
        if (!current.prompts().isEmpty()) {
            Div prompts = new Div(new H3(getTranslation("session.prompts")));
            prompts.addClassName("prompts");
            prompts.setId("current-prompts");
            UnorderedList list = new UnorderedList();
            current.prompts().forEach(p -> list.add(new ListItem(p)));
            prompts.add(list);
            now.add(prompts);
        }
        if (!current.instructorNote().isBlank()) {
            Details note = new Details(getTranslation("session.instructorNote"),
                    new Html("<div class=\"lesson-body\">" + Markdown.html(current.instructorNote()) + "</div>"));
            note.setOpened(true);
            now.add(note);
        }
        if (!current.materials().isEmpty()) {
            UnorderedList materials = new UnorderedList();
            current.materials().forEach(m -> materials.add(new ListItem(m)));
            now.add(new H3(getTranslation("session.materials")), materials);
        }
        if (current.video() != null) {
            now.add(new Paragraph(getTranslation("session.video", current.video().title(), current.video().note())));
            current.video().link().ifPresent(url -> {
                Anchor play = new Anchor(url, getTranslation("session.playVideo", current.video().title()));
                play.setTarget("_blank");
                play.setId("video-link");
                play.addClassName("secondary-link");
                now.add(play);
            });
        }
        HorizontalLayout open = new HorizontalLayout();
        open.setWrap(true);
        for (String mythId : current.polls()) {
            course.myth(mythId).ifPresent(myth -> {
                boolean isOpen = s.openPoll().filter(mythId::equals).isPresent();
                Button b = new Button(getTranslation(isOpen ? "session.pollOpen" : "session.openPoll", shorten(
                        myth.statement())), VaadinIcon.LIGHTBULB.create(), e -> act(() -> sessions.openPoll(s.runId(),
                                mythId, s.openTarget())));
                b.getElement().setAttribute("data-poll", mythId);
                b.setEnabled(!isOpen);
                open.add(b);
            });
        }
        for (String exerciseId : current.exercises()) {
            course.writing().exercise(exerciseId).ifPresent(ex -> {
                boolean isOpen = s.openExercise().filter(exerciseId::equals).isPresent();
                String caseTitle = Exercises.title(course, ex);
                Button b = new Button(getTranslation(isOpen ? "session.exerciseOpen" : "session.openExercise",
                        caseTitle), VaadinIcon.EDIT.create(), e -> act(() -> sessions.openExercise(s.runId(), exerciseId,
                                s.openTarget())));
                b.getElement().setAttribute("data-exercise", exerciseId);
                b.setEnabled(!isOpen);
                open.add(b);
            });
        }
        if (open.getComponentCount() > 0) {
            now.add(open);
        }
        if (!current.slides().isEmpty()) {
            int index = Math.min(s.slideIndex(), current.slides().size() - 1);
            Span slide = new Span(getTranslation("session.slideOf", index + 1, current.slides().size(),
                    current.slides().get(index).title()));
            slide.setId("slide-position");
            Button prev = new Button(getTranslation("session.prevSlide"), VaadinIcon.ARROW_LEFT.create(),
                    e -> act(() -> sessions.slide(s.runId(), current.id(), index - 1)));
            prev.setEnabled(index > 0);
            prev.setId("slide-prev");
            Button next = new Button(getTranslation("session.nextSlide"), VaadinIcon.ARROW_RIGHT.create(),
                    e -> act(() -> sessions.slide(s.runId(), current.id(), index + 1)));
            next.setEnabled(index < current.slides().size() - 1);
            next.setId("slide-next");
            HorizontalLayout slides = new HorizontalLayout(prev, slide, next);
            slides.setAlignItems(HorizontalLayout.Alignment.CENTER);
            slides.setWrap(true);
            slides.addClassName("slide-controls");
            now.add(slides);
        }
        live.add(now);

        Div upcoming = new Div();
        upcoming.addClassName("card");
        upcoming.setId("next-block");
        s.next().ifPresentOrElse(
                n -> upcoming.add(new H3(getTranslation("session.next")), new Paragraph(getTranslation(
                        "session.nextBlock", n.title(), n.minutes(), getTranslation(n.lead().labelKey())))),
                () -> upcoming.add(new Paragraph(getTranslation("session.lastBlock"))));
        Button back = new Button(getTranslation("session.back"), VaadinIcon.ARROW_BACKWARD.create(),
                e -> act(() -> sessions.back(s.runId(), current.id())));
        back.setId("session-back");
        back.setEnabled(current.position() > 0);
        boolean last = s.next().isEmpty();
        Button advance = new Button(getTranslation(last ? "session.end" : "session.advance"),
                VaadinIcon.ARROW_FORWARD.create(), e -> act(() -> sessions.advance(s.runId(), current.id())));
        advance.setId("session-advance");
        advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout nav = new HorizontalLayout(back, advance);
        nav.setWrap(true);
        live.add(upcoming, nav);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    /** Elapsed time in the block against its minutes; counts on in the browser, red when overrun. */
    private Span timer(SessionSnapshot s, SessionBlock block) {
        Span timer = new Span();
        timer.setId("block-timer");
        timer.addClassName("block-timer");
        timer.getElement().setAttribute("role", "timer");
        if (s.blockStartedAt() == null) {
            return timer;
        }
        Duration elapsed = Duration.between(s.blockStartedAt(), clock.instant());
        Duration planned = Duration.ofMinutes(block.minutes());
        Duration over = elapsed.minus(planned);
        String running = getTranslation("session.timer", "{0}", "{1}");
        String overrun = getTranslation("session.timerOver", "{0}", "{1}");
        timer.setText(over.isNegative() || over.isZero() ? running.replace("{0}", mmss(elapsed)).replace("{1}",
                mmss(planned)) : overrun.replace("{0}", mmss(elapsed)).replace("{1}", mmss(over)));
        if (!over.isNegative() && !over.isZero()) {
            timer.addClassName("overrun");
        }
        timer.getElement().executeJs("""
                const el = this;
                if (el._akTimer) { clearInterval(el._akTimer); }
                const start = $0, planned = $1 * 60000, skew = Date.now() - $2;
                const fmt = ms => { const s = Math.floor(Math.max(0, ms) / 1000);
                    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'); };
                const tick = () => {
                    if (!el.isConnected) { clearInterval(el._akTimer); return; }
                    const elapsed = Date.now() - skew - start, over = elapsed - planned;
                    el.textContent = over > 0 ? $4.replace('{0}', fmt(elapsed)).replace('{1}', fmt(over))
                        : $3.replace('{0}', fmt(elapsed)).replace('{1}', fmt(planned));
                    el.classList.toggle('overrun', over > 0);
                };
                el._akTimer = setInterval(tick, 1000);
                """, s.blockStartedAt().toEpochMilli(), block.minutes(), clock.millis(), running, overrun);
        return timer;
    }

    static String mmss(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    /** Unsaved notes are not lost by leaving: the instructor is asked first. */
    @Override
    public void beforeLeave(com.vaadin.flow.router.BeforeLeaveEvent event) {
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
    protected java.util.Optional<SessionSnapshot> reread(CourseRunId runId) {
        return java.util.Optional.of(sessions.snapshot(runId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

}
