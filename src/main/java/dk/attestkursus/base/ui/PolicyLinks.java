package dk.attestkursus.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import dk.attestkursus.security.SecurityPaths;

/**
 * The links to the privacy notice and the accessibility statement (issue 25): at the end of every
 * logged-in page and on the public pages, so that anyone can find them from anywhere.
 */
public final class PolicyLinks {

    private PolicyLinks() {}

    /** A small footer with the two links, in the page's flow (it never covers anything). */
    public static Footer footer() {
        Footer footer = new Footer();
        footer.addClassName("policy-links");
        Anchor privacy = new Anchor(SecurityPaths.PRIVACY_NOTICE, footer.getTranslation("policy.link.privacy"));
        privacy.setId("policy-link-privacy");
        Anchor accessibility =
                new Anchor(SecurityPaths.ACCESSIBILITY_STATEMENT, footer.getTranslation("policy.link.accessibility"));
        accessibility.setId("policy-link-accessibility");
        footer.add(privacy, accessibility);
        return footer;
    }
}
