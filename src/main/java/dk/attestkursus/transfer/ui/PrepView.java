package dk.attestkursus.transfer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.StartPages;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.myths.MythPaths;
import dk.attestkursus.requests.RequestPaths;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.PrepService;
import dk.attestkursus.transfer.PrepStatus;
import dk.attestkursus.transfer.TransferPaths;
import dk.attestkursus.transfer.TransferRefusedException;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/** The caseworker's preparation: the three tasks before the session, each with its status and a link. */
@Route(value = TransferPaths.PREP, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
class PrepView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final PrepService prep;
    private final CourseContent content;

    PrepView(PrepService prep, CourseContent content) {
        this.prep = prep;
        this.content = content;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("transfer.prep.title")));
        PrepStatus status;
        try {
            status = prep.mine();
        } catch (TransferRefusedException e) {
            add(
                    Cards.emptyState(getTranslation(e.messageKey())),
                    new Anchor(StartPages.PARTICIPANT, getTranslation("transfer.toStart")));
            return;
        }
        Paragraph intro = new Paragraph(
                getTranslation(status.done() ? "transfer.prep.allDone" : "transfer.prep.intro", status.doneCount()));
        intro.setId("prep-intro");
        intro.addClassName("lead");
        add(intro);
        Div list = new Div();
        list.setId("prep-tasks");
        list.addClassName("card-list");
        String ownRequest = content.course()
                .writing()
                .ownCase(Writing.OwnCase.BEFORE)
                .map(e -> RequestPaths.exercise(e.id()))
                .orElse(RequestPaths.EXERCISES);
        list.add(
                task(
                        PrepStatus.Task.SELF_ASSESSMENT,
                        status.selfAssessment(),
                        TransferPaths.selfAssessment(Phase.BEFORE)),
                task(PrepStatus.Task.MYTH_GUESSES, status.mythGuesses(), MythPaths.MYTHS),
                task(PrepStatus.Task.BASELINE_REQUEST, status.baselineRequest(), ownRequest));
        add(list);
    }

    private Div task(PrepStatus.Task task, boolean done, String path) {
        String key = "transfer.prep.task." + task.name().toLowerCase(Locale.ROOT);
        Span badge = new Span(getTranslation(done ? "transfer.done" : "transfer.notDone"));
        badge.addClassNames("status", done ? "badge-ok" : "badge-warning");
        Anchor open = new Anchor(path, getTranslation(done ? "transfer.prep.see" : "transfer.prep.start"));
        open.addClassName("primary-link");
        open.setId("prep-" + task.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Div card = new Div(new H2(getTranslation(key)), badge, new Paragraph(getTranslation(key + ".help")), open);
        card.addClassNames("card", "prep-card");
        card.getElement().setAttribute("data-done", String.valueOf(done));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.prep.title");
    }
}
