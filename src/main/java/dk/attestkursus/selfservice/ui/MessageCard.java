package dk.attestkursus.selfservice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import dk.attestkursus.base.ui.PolicyLinks;
import dk.attestkursus.security.SecurityPaths;

/**
 * The self-service pages outside the layout: one centred card with a heading, as the login page, and the
 * links to the privacy notice and the accessibility statement under it (issue 25).
 */
abstract class MessageCard extends Main {

    final Div card = new Div();
    final H1 title = new H1();

    MessageCard() {
        addClassName("message-page");
        card.addClassNames("message-card", "selfservice-card");
        title.addClassName("login-title");
        card.add(title);
        add(card, PolicyLinks.footer());
    }

    /** Replaces everything under the heading. */
    void show(Component... parts) {
        card.removeAll();
        card.add(title);
        card.add(parts);
    }

    Paragraph text(String key, Object... params) {
        return new Paragraph(getTranslation(key, params));
    }

    Anchor toLogin() {
        Anchor login = new Anchor("/" + SecurityPaths.LOGIN, getTranslation("selfservice.toLogin"));
        login.setId("to-login");
        return login;
    }
}
