package dk.attestkursus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import dk.attestkursus.security.Role;
import java.util.List;

/**
 * "Denne uge": what is due this week across an instructor's runs or a leader's team, as one card at the
 * top of their start page. Each feature adds its lines as {@link AttentionItems} beans, so the page
 * knows none of them; the card says so when nothing is due.
 */
public final class ThisWeek {

    private ThisWeek() {}

    /** The card for the logged-in user with this role. */
    public static Div card(Component page, Role role, List<AttentionItems> sources) {
        List<Component> items =
                sources.stream().flatMap(s -> s.items(role).stream()).toList();
        Div card;
        if (items.isEmpty()) {
            card = Cards.card(
                    page.getTranslation("thisWeek.title"), Cards.emptyState(page.getTranslation("thisWeek.nothing")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("this-week-items");
            items.forEach(item -> list.add(new ListItem(item)));
            card = Cards.card(page.getTranslation("thisWeek.title"), list);
            card.addClassName("todo");
        }
        card.setId("this-week");
        return card;
    }
}
