package dk.attestkursus.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dk.attestkursus.admin.AdminPaths;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.mail.MailPaths;
import dk.attestkursus.municipalities.MunicipalityPaths;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamSummary;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A new municipality's administrator's checklist (issue 21): what the municipality needs before its
 * first run, each item linked to where it is done and ticked by itself. Shown on the start page until
 * every item is done.
 */
final class GettingStarted {

    /** One step: whether it is done, its text, where it is done. */
    record Step(boolean done, String textKey, String href) {}

    private GettingStarted() {}

    /**
     * {@code mailWorks}: a mail server is set and has sent at least one of the municipality's mails;
     * {@code singleSignOn}: the municipality logs in through its own provider. Staff can get in when either
     * holds (issue 22): by their municipality's login, or by the personal link of their invitation mail.
     */
    static List<Step> steps(
            List<AccountSummary> accounts,
            List<TeamSummary> teams,
            int runs,
            boolean mailWorks,
            boolean localPage,
            boolean singleSignOn) {
        boolean consultant = hasInstructor(accounts, InstructorKind.PRACTICE_CONSULTANT);
        boolean jobcentre = hasInstructor(accounts, InstructorKind.JOBCENTER);
        // at least one team, and every team has a leader to see its results
        boolean led =
                !teams.isEmpty() && teams.stream().noneMatch(t -> t.leaders().isEmpty());
        return List.of(
                new Step(mailWorks, "start.mail", MailPaths.LOG),
                new Step(consultant && jobcentre, "start.instructors", AdminPaths.ACCOUNTS),
                new Step(led, "start.teams", AdminPaths.TEAMS),
                new Step(runs > 0, "start.run", RunPaths.NEW_RUN),
                new Step(localPage, "start.localPage", MunicipalityPaths.LOCAL_PAGE_EDITOR),
                new Step(singleSignOn || mailWorks, "start.login", AdminPaths.SINGLE_SIGN_ON));
    }

    /**
     * The checklist card, or empty when every step is done. {@code testMail} queues a test mail to the
     * administrator and returns the address (offered while the mail step is open and a server is set).
     */
    static Optional<Component> card(List<Step> steps, boolean mailServer, Supplier<String> testMail) {
        if (steps.stream().allMatch(Step::done)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        OrderedList list = new OrderedList();
        list.setId("getting-started-steps");
        for (Step step : steps) {
            ListItem item = new ListItem();
            Span mark = new Span(ui.getTranslation(step.done() ? "start.done" : "start.todo"));
            mark.addClassName(step.done() ? "step-done" : "step-todo");
            item.add(mark, new Text(" "));
            if (step.done()) {
                item.add(new Span(ui.getTranslation(step.textKey())));
            } else {
                item.add(new Anchor(step.href(), ui.getTranslation(step.textKey())));
            }
            item.getElement().setAttribute("data-done", String.valueOf(step.done()));
            if (!step.done() && step.textKey().equals("start.mail") && mailServer) {
                Button send = new Button(ui.getTranslation("start.mail.test"), e -> {
                    String to = testMail.get();
                    Notification.show(
                                    ui.getTranslation("start.mail.queued", to),
                                    6000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
                send.setId("send-test-mail");
                send.addThemeVariants(ButtonVariant.LUMO_SMALL);
                item.add(new Text(" "), send);
            }
            list.add(item);
        }
        long done = steps.stream().filter(Step::done).count();
        Div card = Cards.card(
                ui.getTranslation("start.title"),
                new Paragraph(ui.getTranslation("start.progress", done, steps.size())),
                list);
        card.setId("getting-started");
        return Optional.of(card);
    }

    private static boolean hasInstructor(List<AccountSummary> accounts, InstructorKind kind) {
        return accounts.stream().anyMatch(a -> a.active() && a.role() == Role.INSTRUCTOR && a.instructorKind() == kind);
    }
}
