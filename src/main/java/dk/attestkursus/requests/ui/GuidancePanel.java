package dk.attestkursus.requests.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dk.attestkursus.content.Course;
import dk.attestkursus.learning.LearningPaths;
import dk.attestkursus.requests.Advice;
import dk.attestkursus.requests.RequestRules;
import java.util.List;

/** Guidance while writing: praise first, then each piece of advice with why and the lesson it comes from. */
final class GuidancePanel extends Div {

    private final Course course;
    private final String titleKey;
    private final String noteKey;

    /** The caseworker's guidance while writing. */
    GuidancePanel(Course course) {
        this(course, "guidance.title", "guidance.note");
    }

    /** The same guidance under another heading and note (e.g. for the reviewer: what the caseworker saw). */
    GuidancePanel(Course course, String titleKey, String noteKey) {
        this.course = course;
        this.titleKey = titleKey;
        this.noteKey = noteKey;
        setId("guidance");
        addClassNames("card", "guidance");
        getElement().setAttribute("aria-live", "polite");
    }

    /** The advice as a sentence ("none" as a form reads as the text for no certificate). */
    static String text(Component host, Advice advice) {
        Object[] params = advice.params().stream()
                .map(p -> RequestRules.NO_FORM.equals(p) ? host.getTranslation("cases.none") : p)
                .toArray();
        return host.getTranslation(advice.kind().key(), params);
    }

    void show(List<Advice> advice) {
        removeAll();
        add(new H2(getTranslation(titleKey)));
        Paragraph note = new Paragraph(getTranslation(noteKey));
        note.addClassName("meta");
        add(note);
        UnorderedList list = new UnorderedList();
        list.setId("guidance-list");
        advice.stream()
                .sorted((a, b) -> Boolean.compare(b.isPraise(), a.isPraise()))
                .forEach(a -> {
                    ListItem item = new ListItem();
                    item.addClassName(a.isPraise() ? "guidance-praise" : "guidance-advice");
                    item.getElement().setAttribute("data-kind", a.kind().name());
                    Paragraph text = new Paragraph(text(this, a));
                    text.addClassName("guidance-text");
                    Paragraph why = new Paragraph(getTranslation(a.kind().key() + ".why"));
                    why.addClassName("meta");
                    item.add(text, why);
                    course.lessons()
                            .filter(l -> l.id().equals(a.lessonId()))
                            .findFirst()
                            .ifPresent(lesson -> item.add(new Anchor(
                                    LearningPaths.lesson(lesson), getTranslation("guidance.lesson", lesson.title()))));
                    list.add(item);
                });
        if (advice.isEmpty()) {
            list.add(new ListItem(getTranslation("guidance.none")));
        }
        add(list);
    }
}
