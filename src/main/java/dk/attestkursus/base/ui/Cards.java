package dk.attestkursus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** Small building blocks shared by the start pages: a titled card and an empty state. */
public final class Cards {

    private Cards() {}

    /** A card with a heading; content follows. */
    public static Div card(String title, Component... content) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H2(title));
        card.add(content);
        return card;
    }

    /** What an empty list says: what it means and what to do next. */
    public static Paragraph emptyState(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("empty-state");
        return p;
    }
}
