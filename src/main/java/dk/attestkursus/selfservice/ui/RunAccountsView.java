package dk.attestkursus.selfservice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.mail.MailStatus;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.LinkRefusedException;
import dk.attestkursus.security.UnknownAccountException;
import dk.attestkursus.selfservice.Invitations;
import dk.attestkursus.selfservice.RunAccount;
import dk.attestkursus.selfservice.SelfServicePaths;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A run's accounts (issue 22): who has not yet activated their account (first), what became of their
 * invitation mail (a bounced address shows as failed, with the reason), and "send again", one mail per
 * click.
 */
@Route(value = SelfServicePaths.RUN_ACCOUNTS, layout = MainLayout.class)
@RolesAllowed({AppRoles.INSTRUCTOR, AppRoles.ADMIN})
class RunAccountsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final Invitations invitations;
    private final Grid<RunAccount> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private CourseRunId runId = new CourseRunId(0);

    RunAccountsView(Invitations invitations) {
        this.invitations = invitations;
        addClassName("page");
        grid.setId("run-accounts");
        grid.setAriaLabel(getTranslation("runAccounts.title"));
        grid.addComponentColumn(this::person)
                .setHeader(getTranslation("runAccounts.person"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("runAccounts.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        summary.setId("run-accounts-summary");
        summary.addClassName("lead");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        runId = new CourseRunId(event.getRouteParameters().getLong("runId").orElseThrow(NotFoundException::new));
        String name;
        try {
            name = invitations.runName(runId);
        } catch (RunRefusedException e) {
            throw new NotFoundException();
        }
        removeAll();
        add(
                new Anchor(RunPaths.run(runId), getTranslation("runAccounts.back")),
                new H1(getTranslation("runAccounts.title")));
        add(new Paragraph(getTranslation("runAccounts.intro", name)), summary);
        add(Cards.card(getTranslation("runAccounts.list"), grid));
        refresh();
    }

    private void refresh() {
        List<RunAccount> people = invitations.ofRun(runId);
        grid.setItems(people);
        long waiting = people.stream().filter(p -> !p.activated()).count();
        summary.setText(getTranslation("runAccounts.summary", people.size() - waiting, people.size(), waiting));
    }

    private Div person(RunAccount person) {
        Span name = new Span(person.name());
        name.addClassName("run-account-name");
        Span email = new Span(person.email());
        email.addClassName("secondary-text");
        Div cell = new Div(name, new Div(email));
        cell.getStyle().set("white-space", "normal");
        return cell;
    }

    private Component state(RunAccount person) {
        Div cell = new Div();
        cell.getStyle().set("white-space", "normal");
        if (person.activated()) {
            Span active = new Span(getTranslation("runAccounts.activated"));
            active.addClassNames("status", "badge-ok");
            cell.add(active);
            return cell;
        }
        Span waiting = new Span(getTranslation("runAccounts.notActivated"));
        waiting.addClassNames("status", "badge-warning");
        cell.add(waiting);
        if (person.invitation() != null) {
            Span mail = new Span(
                    person.invitation() == MailStatus.FAILED
                            ? getTranslation(
                                    "runAccounts.mail.failed",
                                    person.invitationError() == null ? "" : person.invitationError())
                            : getTranslation("runAccounts.mail."
                                    + person.invitation().name().toLowerCase(java.util.Locale.ROOT)));
            mail.addClassName(person.invitation() == MailStatus.FAILED ? "error-list" : "secondary-text");
            cell.add(new Div(mail));
        }
        Button again = new Button(getTranslation("runAccounts.resend"), e -> resend(person));
        again.addThemeVariants(ButtonVariant.LUMO_SMALL);
        again.getElement().setAttribute("aria-label", getTranslation("runAccounts.resendOne", person.name()));
        again.addClassName("run-account-resend");
        cell.add(new Div(again));
        return cell;
    }

    private void resend(RunAccount person) {
        try {
            invitations.resend(runId, person.id());
            Notification.show(
                            getTranslation("runAccounts.sent", person.email()),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (LinkRefusedException e) {
            Notification.show(getTranslation(e.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (UnknownAccountException | RunRefusedException e) {
            // withdrawn from the run (or the run changed) since the list was shown
            Notification.show(getTranslation("runAccounts.gone"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("runAccounts.title");
    }
}
