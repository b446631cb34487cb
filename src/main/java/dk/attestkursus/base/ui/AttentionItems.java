package dk.attestkursus.base.ui;

import com.vaadin.flow.component.Component;
import dk.attestkursus.security.Role;
import java.util.List;

/**
 * What a feature knows needs someone's attention now (no mail server while mails wait, mails that
 * failed), as lines with a link for the role's to-do card. The start page that shows the to-do card
 * asks every bean of this type, so it never says "nothing waits for you" while something does.
 */
public interface AttentionItems {

    /** The lines for the logged-in user with this role; empty when nothing needs them. */
    List<Component> items(Role role);
}
