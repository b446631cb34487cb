package dk.attestkursus.privacy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.PolicyTexts;
import dk.attestkursus.privacy.PolicyPaths;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The record of processing the platform keeps as processor (GDPR art. 30(2), issue 25), read-only for the
 * municipalities' administrators and the platform's administrator.
 */
@Route(value = PolicyPaths.PROCESSING_RECORD, layout = MainLayout.class)
@RolesAllowed({AppRoles.ADMIN, AppRoles.PLATFORM_ADMIN})
@Menu(title = "nav.processingRecord", order = 95, icon = "vaadin:book")
class ProcessingRecordView extends Div implements HasDynamicTitle {

    ProcessingRecordView(PolicyTexts texts, AppI18NProvider i18n) {
        addClassName("page");
        H1 heading = new H1(getTranslation("policy.record.title"));
        heading.setId("policy-title");
        add(heading);
        PolicyBody.of(texts.processingRecord(), this, getLocale(), i18n).forEach(this::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("policy.record.pageTitle");
    }
}
