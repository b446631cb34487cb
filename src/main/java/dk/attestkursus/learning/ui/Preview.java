package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/** The note instructors see on pages they preview as a caseworker would meet them. */
final class Preview {

    private Preview() {}

    static Paragraph banner(Component page) {
        Paragraph note = new Paragraph(page.getTranslation("preview.note"));
        note.setId("preview-note");
        note.addClassNames("status", "badge-muted");
        return note;
    }
}
