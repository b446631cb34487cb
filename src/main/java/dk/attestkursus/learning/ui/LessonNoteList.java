package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Source;

/**
 * The notes at the end of a lesson: its sources numbered as the superscripts in the text, each
 * the target of its number's link ({@code #note-N}) and linked to the source where it has an address.
 */
final class LessonNoteList {

    private LessonNoteList() {}

    static Section of(String heading, Course course, Lesson lesson) {
        H2 title = new H2(heading);
        title.setId(Lesson.NOTES_TITLE_ID);
        OrderedList notes = new OrderedList();
        int number = 1;
        for (String id : lesson.sourceIds()) {
            ListItem note = new ListItem();
            note.setId("note-" + number++);
            note.getElement().setAttribute("tabindex", "-1"); // a note number's link moves focus here
            course.source(id).ifPresent(source -> note.add(entry(source)));
            notes.add(note);
        }
        Section section = new Section(title, notes);
        section.setId("lesson-notes");
        section.addClassNames("sources", "lesson-notes");
        return section;
    }

    private static Component entry(Source source) {
        return source.link()
                .<Component>map(url -> new Anchor(url, source.title()))
                .orElseGet(() -> new Span(source.title()));
    }
}
