package dk.attestkursus.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.ui.PolicyLinks;
import dk.attestkursus.base.ui.StartPages;
import dk.attestkursus.content.PolicyText;

/**
 * A public text page outside the layout (the login page links to it, nobody needs to log in): one
 * readable column with the heading, the text, and links to the other text and back.
 */
abstract class PublicPolicyPage extends Main implements HasDynamicTitle {

    private final String pageTitleKey;

    PublicPolicyPage(PolicyText text, String headingKey, String pageTitleKey, String ownLinkId, AppI18NProvider i18n) {
        this.pageTitleKey = pageTitleKey;
        addClassName("policy-page");
        Div column = new Div();
        column.addClassName("policy-column");
        Anchor back = new Anchor(StartPages.ROOT, getTranslation("policy.back"));
        back.setId("policy-back");
        back.addClassName("policy-back");
        H1 heading = new H1(getTranslation(headingKey));
        heading.setId("policy-title");
        column.add(back, heading);
        PolicyBody.of(text, this, getLocale(), i18n).forEach(column::add);
        Footer links = PolicyLinks.footer();
        links.getChildren()
                .filter(link -> link.getId().filter(ownLinkId::equals).isPresent())
                .forEach(link -> link.getElement().setAttribute("aria-current", "page"));
        column.add(links);
        add(column);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(pageTitleKey);
    }
}
