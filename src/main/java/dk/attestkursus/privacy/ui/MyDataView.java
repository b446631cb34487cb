package dk.attestkursus.privacy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.privacy.PrivacyPaths;
import dk.attestkursus.privacy.PrivacyService;
import dk.attestkursus.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/**
 * "Mine data" (issue 25): what the platform holds about the logged-in person, by feature, in plain Danish,
 * and "Hent mine data" as a ZIP. Who answers a request for more (insight, correction, erasure): their
 * municipality's administrator.
 */
@Route(value = PrivacyPaths.MY_DATA, layout = MainLayout.class)
@PermitAll
@Menu(title = "nav.myData", order = 100, icon = "vaadin:archive")
class MyDataView extends Div implements HasDynamicTitle {

    MyDataView(PrivacyService privacy, CurrentUser currentUser) {
        addClassName("page");
        var me = currentUser.require().id();
        PrivacyService.Overview overview = privacy.overview(me);
        add(new H1(getTranslation("privacy.mine.title")));
        add(PersonalDataCards.lead(getTranslation("privacy.mine.lead")));
        Div export = new Div(
                new H2(getTranslation("privacy.mine.exportTitle")),
                new Paragraph(getTranslation("privacy.mine.exportText")),
                PersonalDataCards.download(this, "my-data-download", privacy, me));
        export.addClassName("card");
        add(export);
        PersonalDataCards.cards(this, overview.features()).forEach(this::add);
        Div rights = new Div(
                new H2(getTranslation("privacy.mine.rightsTitle")),
                new Paragraph(getTranslation(
                        overview.person().platformAccount() ? "privacy.mine.rightsPlatform" : "privacy.mine.rights")));
        rights.addClassName("card");
        add(rights);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.mine.title");
    }
}
