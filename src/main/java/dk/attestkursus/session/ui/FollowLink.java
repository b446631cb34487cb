package dk.attestkursus.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import dk.attestkursus.base.ui.SessionCardLink;
import dk.attestkursus.session.SessionPaths;

/** "Follow along and vote" on the caseworker's session card, to the page this feature draws. */
@org.springframework.stereotype.Component
class FollowLink implements SessionCardLink {

    @Override
    public Component link(boolean online) {
        Anchor live = new Anchor(SessionPaths.FOLLOW, UI.getCurrent().getTranslation("course.home.live"));
        live.setId("live-link");
        live.addClassName(online ? "secondary-link" : "primary-link");
        return live;
    }
}
