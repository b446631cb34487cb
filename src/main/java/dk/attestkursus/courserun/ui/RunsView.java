package dk.attestkursus.courserun.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunManagementService;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/** The runs an instructor teaches (every run, for an administrator), each leading to its page; and a new run. */
@Route(value = RunPaths.RUNS, layout = MainLayout.class)
@RolesAllowed({AppRoles.INSTRUCTOR, AppRoles.ADMIN})
@Menu(title = "nav.runs", order = 1.5, icon = "vaadin:group")
class RunsView extends Div implements HasDynamicTitle {

    RunsView(RunManagementService service, AccountService accounts, AppI18NProvider i18n, Clock clock) {
        addClassName("page");
        Button create = new Button(
                getTranslation("runs.create"),
                VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(RunPaths.NEW_RUN)));
        create.setId("create-run");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("runs.title")), create);
        header.addClassName("page-header");
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(header);
        List<CourseRunSummary> runs = service.manageableRuns();
        Div list = new Div();
        list.setId("run-list");
        list.addClassName("card-list");
        if (runs.isEmpty()) {
            list.add(Cards.emptyState(getTranslation("runs.empty")));
        } else {
            var names = accounts.displayNames(
                    runs.stream().flatMap(r -> r.instructorIds().stream()).toList());
            runs.forEach(run -> list.add(RunCards.linked(getLocale(), run, names, i18n, clock)));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("runs.title");
    }
}
