package dk.attestkursus.session.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Markdown;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.myths.MythPaths;
import dk.attestkursus.myths.ui.LivePolls;
import dk.attestkursus.requests.RequestPaths;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.session.SessionBlock;
import dk.attestkursus.session.SessionPaths;
import dk.attestkursus.session.SessionService;
import dk.attestkursus.session.SessionSnapshot;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * "I sessionen": the caseworker's one page for the live session, on a phone at 360 px. The poll
 * the instructors open appears at the top by itself (myths' {@code LivePollVoting}); below, the
 * block the session is in, updated by push; when the instructors open a writing exercise, the
 * caseworker is taken to it. It replaces the two pages there were before ("I sessionen" and
 * "Følg sessionen"); the old address {@value SessionPaths#OLD_FOLLOW} leads here.
 */
@Route(value = SessionPaths.FOLLOW, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
@Menu(title = "nav.live", order = 3, icon = SessionLiveView.ICON)
class SessionLiveView extends SessionPage implements HasDynamicTitle {

    /** The menu icon: a presentation board (Vaadin's icon set has no podium). */
    static final String ICON = "vaadin:presentation";

    private final CourseContent content;
    private final Div now = new Div();

    SessionLiveView(
            SessionService sessions,
            CourseRunService runs,
            CourseContent content,
            LivePolls livePolls,
            AppI18NProvider i18n) {
        super(sessions);
        this.content = content;
        addClassNames("page", "session-live");
        H1 title = new H1(getTranslation("live.title"));
        title.setId("live-title");
        add(title);
        Optional<CourseRunSummary> run = runs.myNextRun();
        if (run.isEmpty()) {
            add(Cards.emptyState(getTranslation("live.noRun")));
            return;
        }
        Paragraph name = new Paragraph(
                run.get().name() + " – " + Formats.dateTime(run.get().startsAt(), getLocale(), i18n));
        name.addClassName("lead");
        now.setId("follow-now");
        now.getElement().setAttribute("aria-live", "polite");
        Div links = new Div(SessionDownloads.handout(content, i18n, getLocale()), myths());
        links.addClassName("session-live-links");
        add(name, livePolls.forParticipant(run.get().id()), now, links);
        Optional<SessionSnapshot> first = sessions.forParticipant(run.get().id());
        first.ifPresentOrElse(this::receive, () -> now.add(Cards.emptyState(getTranslation("follow.notStarted"))));
        follow(run.get().id());
    }

    private Anchor myths() {
        Anchor myths = new Anchor(MythPaths.MYTHS, getTranslation("live.toMyths"));
        myths.setId("live-to-myths");
        myths.addClassName("secondary-link");
        return myths;
    }

    @Override
    protected void show(SessionSnapshot s, @Nullable SessionSnapshot previous) {
        now.removeAll();
        Optional<SessionBlock> current = s.current();
        if (current.isEmpty()) {
            now.add(Cards.emptyState(getTranslation(s.endedAt() != null ? "follow.ended" : "follow.notStarted")));
            return;
        }
        SessionBlock block = current.get();
        Div card = new Div();
        card.addClassName("card");
        Paragraph kicker = new Paragraph(getTranslation("follow.now"));
        kicker.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        H2 title = new H2(block.title());
        title.setId("follow-block");
        card.add(
                kicker,
                title,
                new Paragraph(getTranslation(
                        "session.leads", getTranslation(block.lead().labelKey()))));
        if (!block.description().isBlank()) {
            card.add(new Html("<div class=\"lesson-body\">" + Markdown.html(block.description()) + "</div>"));
        }
        if (!block.materials().isEmpty()) {
            UnorderedList materials = new UnorderedList();
            block.materials().forEach(m -> materials.add(new ListItem(m)));
            card.add(materials);
        }
        String exercise = exercise(s);
        if (exercise != null) {
            Anchor go = new Anchor(exercise, getTranslation("follow.goExercise"));
            go.setId("follow-go");
            go.addClassName("primary-link");
            card.add(go);
        }
        now.add(card);
        // An exercise newly opened by the instructors (not on first load, so the page can be read): go
        // there. A poll needs no move: it appears at the top of this page.
        if (previous != null && exercise != null && !Objects.equals(previous.openTarget(), s.openTarget())) {
            getUI().ifPresent(ui -> ui.navigate(exercise));
        }
    }

    private @Nullable String exercise(SessionSnapshot s) {
        return s.openExercise()
                .filter(id -> content.course().writing().exercise(id).isPresent())
                .map(RequestPaths::exercise)
                .orElse(null);
    }

    @Override
    protected Optional<SessionSnapshot> reread(CourseRunId runId) {
        return sessions.forParticipant(runId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.title");
    }
}
