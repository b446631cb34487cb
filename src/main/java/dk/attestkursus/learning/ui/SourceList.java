package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.html.Div;
import dk.attestkursus.base.ui.SourceBox;
import dk.attestkursus.content.Course;
import java.util.List;

/** The "Kilder" box under a lesson, a case or a form. */
final class SourceList {

    private SourceList() {}

    static Div of(String heading, Course course, List<String> sourceIds) {
        return SourceBox.of(
                heading,
                course.sources(sourceIds).stream()
                        .map(s -> new SourceBox.Entry(s.title(), s.link().orElse(null)))
                        .toList());
    }
}
