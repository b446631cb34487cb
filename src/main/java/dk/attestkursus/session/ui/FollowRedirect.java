package dk.attestkursus.session.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.session.SessionPaths;
import jakarta.annotation.security.RolesAllowed;

/**
 * The old address of "Følg sessionen", kept for mails and bookmarks: it leads to the one session
 * page, "I sessionen" ({@link SessionLiveView}), and the browser shows the new address.
 */
@Route(SessionPaths.OLD_FOLLOW)
@RolesAllowed(AppRoles.PARTICIPANT)
class FollowRedirect extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(SessionPaths.FOLLOW);
    }
}
