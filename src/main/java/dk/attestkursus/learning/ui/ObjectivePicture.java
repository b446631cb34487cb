package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.html.Div;
import dk.attestkursus.content.Objective;

/**
 * An objective's drawing (content/illustrations, checked at load), shown inline as one image with its
 * text alternative; the drawing itself is hidden from screen readers, which read the alternative.
 */
final class ObjectivePicture {

    private ObjectivePicture() {}

    static Div of(Objective.Illustration picture, String className) {
        Div box = new Div();
        box.addClassNames("illustration", className);
        box.getElement().setAttribute("role", "img");
        box.getElement().setAttribute("aria-label", picture.alt());
        box.getElement().setProperty("innerHTML", picture.svg());
        return box;
    }
}
