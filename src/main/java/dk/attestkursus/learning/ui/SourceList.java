package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.attestkursus.content.Course;
import java.util.List;

/** The "Kilder" box under a lesson or a form: every fact names where it comes from. */
final class SourceList {

    private SourceList() {
    }

    static Div of(String heading, Course course, List<String> sourceIds) {
        Div box = new Div();
        box.addClassName("sources");
        box.add(new H2(heading));
        UnorderedList list = new UnorderedList();
        sourceIds.forEach(id -> course.source(id).ifPresent(source -> list.add(new ListItem(
                source.link().<Component>map(url -> new Anchor(url, source.title()))
                        .orElseGet(() -> new Span(source.title()))))));
        box.add(list);
        return box;
    }
}
