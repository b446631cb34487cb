package dk.attestkursus.admin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.admin.AdminPaths;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.AttentionItems;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.mail.MailLogService;
import dk.attestkursus.mail.MailStatus;
import dk.attestkursus.municipalities.LocalPageService;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SingleSignOn;
import dk.attestkursus.security.TeamService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;

/** The administrator's start page: what needs attention, accounts, runs and content status. */
@Route(value = AdminPaths.HOME, layout = MainLayout.class)
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "nav.admin", order = 1, icon = "vaadin:dashboard")
class AdminHomeView extends Div implements HasDynamicTitle {

    AdminHomeView(
            AccountService accounts,
            CourseRunService runs,
            CourseContent content,
            AppI18NProvider i18n,
            Clock clock,
            List<AttentionItems> attention,
            ObjectProvider<JavaMailSender> mailServer,
            LocalPageService localPage,
            MailLogService mails,
            TeamService teams,
            SingleSignOn singleSignOn) {
        addClassNames("page", "admin-home");
        add(new H1(getTranslation("admin.home.title")));
        Instant now = clock.instant();
        List<AccountSummary> all = accounts.listAccounts();
        List<CourseRunSummary> allRuns = runs.allRuns();
        // A new municipality's first steps, until every one is done (issue 21).
        boolean server = mailServer.getIfAvailable() != null;
        boolean sent = mails.totals().getOrDefault(MailStatus.SENT, 0L) > 0;
        GettingStarted.card(
                        GettingStarted.steps(
                                all,
                                teams.teams(),
                                allRuns.size(),
                                server && sent,
                                localPage.mine().isPresent(),
                                singleSignOn.settings().isPresent()),
                        server,
                        mails::queueTestMail)
                .ifPresent(this::add);
        add(todo(all, now, attention));
        add(accountsCard(all));
        add(runsCard(allRuns, i18n));
        add(contentCard(content));
    }

    /** Locked accounts and what the other modules say needs an administrator. */
    private Div todo(List<AccountSummary> all, Instant now, List<AttentionItems> attention) {
        long locked = all.stream().filter(a -> a.lockedAt(now)).count();
        Div todo = Cards.card(getTranslation("admin.home.todo"));
        todo.addClassName("todo");
        todo.setId("admin-todo");
        UnorderedList items = new UnorderedList();
        items.setId("admin-todo-items");
        if (locked > 0) {
            items.add(new ListItem(new Anchor(AdminPaths.ACCOUNTS, getTranslation("admin.home.locked", locked))));
        }
        attention.stream().flatMap(a -> a.items(Role.ADMIN).stream()).forEach(item -> items.add(new ListItem(item)));
        if (items.getComponentCount() > 0) {
            todo.add(items);
        } else {
            todo.add(Cards.emptyState(getTranslation("admin.home.nothingToDo")));
        }
        return todo;
    }

    private Div accountsCard(List<AccountSummary> all) {
        UnorderedList counts = new UnorderedList();
        for (Role role : Role.values()) {
            long n = all.stream().filter(a -> a.role() == role && a.active()).count();
            counts.add(new ListItem(getTranslation(role.labelKey()) + ": " + Formats.number(n, getLocale())));
        }
        return Cards.card(
                getTranslation("admin.home.accounts"),
                counts,
                new Anchor(AdminPaths.ACCOUNTS, getTranslation("admin.home.manageAccounts")));
    }

    private Div runsCard(List<CourseRunSummary> allRuns, AppI18NProvider i18n) {
        Div runCard = Cards.card(getTranslation("admin.home.runs"));
        runCard.setId("admin-runs");
        if (allRuns.isEmpty()) {
            runCard.add(Cards.emptyState(getTranslation("admin.home.noRuns")));
        } else {
            UnorderedList list = new UnorderedList();
            allRuns.forEach(
                    r -> list.add(new ListItem(r.name() + " – " + Formats.dateTime(r.startsAt(), getLocale(), i18n)
                            + " – " + getTranslation("run.participants", r.participantCount()))));
            runCard.add(list);
        }
        return runCard;
    }

    private Div contentCard(CourseContent content) {
        Course course = content.course();
        Div contentCard = Cards.card(
                getTranslation("admin.home.content"),
                new Paragraph(getTranslation(
                        "admin.home.contentStatus",
                        course.title(),
                        course.modules().size(),
                        course.lessonCount(),
                        course.sources().size())),
                new Paragraph(getTranslation(
                        "admin.home.contentFolder", content.root().toString())));
        contentCard.setId("content-status");
        return contentCard;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.home.title");
    }
}
