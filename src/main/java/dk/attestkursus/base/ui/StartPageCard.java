package dk.attestkursus.base.ui;

import com.vaadin.flow.component.Component;
import dk.attestkursus.security.Role;
import java.util.Optional;

/**
 * A to-do card a feature adds to a role's start page (e.g. "3 requests wait for feedback"). The
 * start pages live in features that must not import each other, so features register cards as
 * Spring beans of this type and the start page shows those that have something for the user.
 */
public interface StartPageCard {

    /** The card for the logged-in user with this role, or empty. */
    Optional<Component> card(Role role);
}
