package dk.attestkursus.courserun.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.AttentionItems;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.base.ui.ThisWeek;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.GuestInstructorService;
import dk.attestkursus.courserun.GuestRun;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/** The instructor's start page: what is due this week across their runs, then their course runs, the next one first. */
@Route(value = RunPaths.INSTRUCTOR_HOME, layout = MainLayout.class)
@RolesAllowed(AppRoles.INSTRUCTOR)
@Menu(title = "nav.instructor", order = 1, icon = "vaadin:calendar-user")
class InstructorHomeView extends Div implements HasDynamicTitle {

    InstructorHomeView(
            CourseRunService runs,
            AccountService accounts,
            AppI18NProvider i18n,
            Clock clock,
            List<StartPageCard> cards,
            GuestInstructorService guests,
            MunicipalScope scope,
            List<AttentionItems> attention) {
        addClassName("page");
        add(new H1(getTranslation("instructor.home.title")));
        add(ThisWeek.card(this, Role.INSTRUCTOR, attention));
        cards.forEach(card -> card.card(Role.INSTRUCTOR).ifPresent(this::add));
        List<CourseRunSummary> mine = runs.myRunsAsInstructor();
        Div list = new Div();
        list.setId("runs");
        list.addClassName("card-list");
        if (mine.isEmpty()) {
            list.add(Cards.emptyState(getTranslation("instructor.home.noRuns")));
        } else {
            var names = accounts.displayNames(
                    mine.stream().flatMap(r -> r.instructorIds().stream()).toList());
            mine.forEach(run -> list.add(RunCards.linked(getLocale(), run, names, i18n, clock)));
        }
        add(new H2(getTranslation("instructor.home.runs")), list);
        if (scope.guestVisit().isEmpty()) {
            guestRuns(guests, i18n);
        }
    }

    /** The runs of other municipalities that invited this practice consultant, each opened as their guest. */
    private void guestRuns(GuestInstructorService guests, AppI18NProvider i18n) {
        List<GuestRun> invited = guests.myGuestRuns();
        if (invited.isEmpty()) {
            return;
        }
        UnorderedList items = new UnorderedList();
        items.setId("guest-runs");
        for (GuestRun run : invited) {
            Button open = new Button(getTranslation("guests.mine.open", run.name()), e -> {
                guests.visit(run.id());
                UI.getCurrent().getPage().setLocation(RunPaths.run(run.id()));
            });
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            items.add(new ListItem(
                    new Paragraph(getTranslation(
                            "guests.mine.run",
                            run.name(),
                            run.hostName(),
                            Formats.dateTime(run.startsAt(), getLocale(), i18n))),
                    open));
        }
        add(Cards.card(getTranslation("guests.mine.title"), items));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("instructor.home.title");
    }
}
