package dk.attestkursus.privacy.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.content.PolicyTexts;
import dk.attestkursus.privacy.PolicyPaths;

/**
 * The accessibility statement (tilgængelighedserklæring, issue 25) that webtilgængelighedsloven asks for,
 * open to everyone: the text of content/privacy/.
 */
@Route(value = PolicyPaths.ACCESSIBILITY_STATEMENT, autoLayout = false)
@AnonymousAllowed
class AccessibilityStatementView extends PublicPolicyPage {

    AccessibilityStatementView(PolicyTexts texts, AppI18NProvider i18n) {
        super(
                texts.accessibilityStatement(),
                "policy.accessibility.title",
                "policy.accessibility.pageTitle",
                "policy-link-accessibility",
                i18n);
    }
}
