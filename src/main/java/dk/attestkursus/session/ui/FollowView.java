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
import com.vaadin.flow.router.Route;
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
 * For caseworkers following the session on their own device (360 px): the current block's title
 * and material, updated by push; when the instructors open a poll or an exercise, they are taken
 * to it.
 */
@Route(value = SessionPaths.FOLLOW, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
class FollowView extends SessionPage implements HasDynamicTitle {

    private final CourseContent content;
    private final Div now = new Div();

    FollowView(SessionService sessions, CourseRunService runs, CourseContent content, AppI18NProvider i18n) {
        super(sessions);
        this.content = content;
        addClassName("page");
        add(new H1(getTranslation("follow.title")));
        now.setId("follow-now");
        now.getElement().setAttribute("aria-live", "polite");
        Optional<CourseRunSummary> run = runs.myNextRun();
        if (run.isEmpty()) {
            add(Cards.emptyState(getTranslation("follow.noRun")));
            return;
        }
        add(new Paragraph(run.get().name() + " – " + Formats.dateTime(run.get().startsAt(), getLocale(), i18n)), now,
                SessionDownloads.handout(content, i18n, getLocale()));
        Optional<SessionSnapshot> first = sessions.forParticipant(run.get().id());
        first.ifPresentOrElse(this::receive, () -> now.add(Cards.emptyState(getTranslation("follow.notStarted"))));
        follow(run.get().id());
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
        H2 title = new H2(block.title());
        title.setId("follow-block");
        card.add(title, new Paragraph(getTranslation("session.leads", getTranslation(block.lead().labelKey()))));
        if (!block.description().isBlank()) {
            card.add(new Html("<div class=\"lesson-body\">" + Markdown.html(block.description()) + "</div>"));
        }
        if (!block.materials().isEmpty()) {
            UnorderedList materials = new UnorderedList();
            block.materials().forEach(m -> materials.add(new ListItem(m)));
            card.add(materials);
        }
        String target = target(s);
        if (target != null) {
            Anchor go = new Anchor(target, getTranslation(s.openPoll().isPresent() ? "follow.goPoll" : "follow.goExercise"));
            go.setId("follow-go");
            go.addClassName("primary-link");
            card.add(go);
        }
        now.add(card);
        // Newly opened by the instructors (not on first load, so the page can be read): go there.
        if (previous != null && target != null && !Objects.equals(previous.openTarget(), s.openTarget())) {
            getUI().ifPresent(ui -> ui.navigate(target));
        }
    }

    private @Nullable String target(SessionSnapshot s) {
        if (s.openPoll().isPresent()) {
            return MythPaths.LIVE;
        }
        return s.openExercise().filter(id -> content.course().writing().exercise(id).isPresent())
                .map(RequestPaths::exercise).orElse(null);
    }

    @Override
    protected java.util.Optional<SessionSnapshot> reread(CourseRunId runId) {
        return sessions.forParticipant(runId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("follow.title");
    }
}
