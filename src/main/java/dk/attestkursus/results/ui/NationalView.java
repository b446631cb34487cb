package dk.attestkursus.results.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.results.NationalResults;
import dk.attestkursus.results.NationalResultsService;
import dk.attestkursus.results.ResultsPaths;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The national view (issue 21): every municipality side by side and all together, participation and the
 * rubric before and after per criterion, as the audit behind the course compared its three
 * municipalities. For the platform administrator and the national coordinator (read-only).
 */
@Route(value = ResultsPaths.NATIONAL, layout = MainLayout.class)
@RolesAllowed({AppRoles.PLATFORM_ADMIN, AppRoles.COORDINATOR})
@Menu(title = "nav.national", order = 2, icon = "vaadin:globe")
class NationalView extends Div implements HasDynamicTitle {

    NationalView(NationalResultsService service) {
        addClassName("page");
        add(new H1(getTranslation("national.title")));
        add(new Paragraph(getTranslation("national.intro")));
        NationalResults national = service.national();
        if (national.municipalities().isEmpty()) {
            add(Cards.emptyState(getTranslation("national.none")));
            return;
        }
        add(Cards.card(
                getTranslation("national.participation"),
                new Paragraph(getTranslation("national.participation.caption")),
                NationalTables.participation(national, getLocale())));
        add(Cards.card(
                getTranslation("national.quality"),
                new Paragraph(getTranslation("national.quality.caption")),
                new Paragraph(getTranslation("national.quality.help")),
                NationalTables.quality(national, getLocale())));
        add(new Paragraph(getTranslation("national.privacy")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("national.title");
    }
}
