package dk.attestkursus.municipalities.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.municipalities.LocalPage;
import dk.attestkursus.municipalities.LocalPageService;
import dk.attestkursus.municipalities.MunicipalityPaths;
import dk.attestkursus.municipalities.MunicipalityService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * The municipality's own page in the course, beside the national content (issue 21): its practice
 * consultants, the jobcenter's routines for LÆ requests, local agreements with the GP cluster.
 */
@Route(value = MunicipalityPaths.LOCAL_PAGE, layout = MainLayout.class)
@RolesAllowed({AppRoles.PARTICIPANT, AppRoles.INSTRUCTOR, AppRoles.LEADER, AppRoles.ADMIN})
@Menu(title = "nav.localPage", order = 90, icon = "vaadin:home-o")
class LocalPageView extends Div implements HasDynamicTitle {

    private final String title;

    LocalPageView(
            LocalPageService pages, MunicipalityService municipalities, CurrentUser currentUser, AppI18NProvider i18n) {
        addClassName("page");
        title = getTranslation("local.title", municipalities.currentName());
        add(new H1(title));
        Optional<LocalPage> page = pages.mine();
        boolean administrator = currentUser.require().role() == Role.ADMIN;
        if (page.isEmpty()) {
            add(Cards.emptyState(getTranslation(administrator ? "local.none.admin" : "local.none")));
        } else {
            Div body = new Div();
            body.addClassName("lesson-body");
            body.setId("local-page");
            body.getElement().setProperty("innerHTML", page.get().html());
            add(body);
            add(new Paragraph(
                    getTranslation("local.updated", Formats.dateTime(page.get().updatedAt(), getLocale(), i18n))));
        }
        if (administrator) {
            add(new Anchor(MunicipalityPaths.LOCAL_PAGE_EDITOR, getTranslation("local.edit")));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
