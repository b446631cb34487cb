package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import java.util.List;
import java.util.Optional;

/**
 * The end of a knowledge check: how many of the questions are answered right, which to look at
 * again with a link to the lesson for each, and a way to try those again (in a new order).
 */
final class QuizSummary extends Div {

    private final Course course;
    private final Module module;

    QuizSummary(Course course, Module module) {
        this.course = course;
        this.module = module;
        setId("quiz-summary");
        addClassNames("card", "quiz-summary");
        getElement().setAttribute("aria-live", "polite");
    }

    /** Shows where the check stands for these cards, in question order. */
    void update(List<QuestionCard> cards) {
        removeAll();
        int total = cards.size();
        long answered = cards.stream().filter(QuestionCard::answered).count();
        int right = (int) cards.stream().filter(QuestionCard::right).count();
        add(new H2(getTranslation("quiz.summary.title")));
        if (answered < total) {
            getElement().setAttribute("data-complete", "false");
            add(new Paragraph(getTranslation("quiz.summary.notYet", total, total - answered)));
            return;
        }
        getElement().setAttribute("data-complete", "true");
        Paragraph score = new Paragraph(getTranslation("quiz.summary.score", right, total));
        score.setId("quiz-score");
        score.addClassName("quiz-score");
        add(score);
        List<QuestionCard> wrong = cards.stream().filter(c -> !c.right()).toList();
        if (wrong.isEmpty()) {
            add(new Paragraph(getTranslation("quiz.summary.allRight")));
            add(onwards());
            return;
        }
        add(new Paragraph(getTranslation("quiz.summary.lookAgain")));
        UnorderedList list = new UnorderedList();
        list.setId("quiz-look-again");
        for (QuestionCard card : wrong) {
            ListItem item = new ListItem();
            item.add(new Paragraph(getTranslation(
                    "quiz.summary.question",
                    cards.indexOf(card) + 1,
                    card.question().text())));
            lesson(card)
                    .ifPresent(lesson -> item.add(new Anchor(
                            LessonView.path(module.key(), lesson.slug()),
                            getTranslation("quiz.readAgain", lesson.title()))));
            list.add(item);
        }
        add(list);
        Button again = new Button(getTranslation("quiz.summary.tryAgain", wrong.size()), e -> {
            wrong.forEach(QuestionCard::retry);
            update(cards);
            wrong.getFirst().focusQuestion();
        });
        again.setId("quiz-retry-wrong");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(again);
    }

    private Optional<Lesson> lesson(QuestionCard card) {
        return module.lessons().stream()
                .filter(l -> l.id().equals(card.question().lessonId()))
                .findFirst();
    }

    /** After a check with every answer right: the next module, or the course page after the last. */
    private Anchor onwards() {
        List<Module> modules = course.modules();
        int index = modules.indexOf(module);
        Anchor next = index + 1 < modules.size()
                ? new Anchor(
                        ModuleView.path(modules.get(index + 1).key()),
                        getTranslation(
                                "module.next", index + 2, modules.get(index + 1).title()))
                : new Anchor(CourseHomeView.class.getAnnotation(Route.class).value(), getTranslation("module.back"));
        next.setId("quiz-onwards");
        next.addClassName("primary-link");
        return next;
    }
}
