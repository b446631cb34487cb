package dk.attestkursus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The "Kilder" box under a text: every fact names where it comes from. */
public final class SourceBox {

    /** A source to list: its title, and its address when it has one. */
    public record Entry(String title, @Nullable String url) {}

    private SourceBox() {}

    public static Div of(String heading, List<Entry> entries) {
        Div box = new Div();
        box.addClassName("sources");
        box.add(new H2(heading));
        UnorderedList list = new UnorderedList();
        entries.forEach(entry -> list.add(new ListItem(
                entry.url() == null ? new Span(entry.title()) : (Component) new Anchor(entry.url(), entry.title()))));
        box.add(list);
        return box;
    }
}
