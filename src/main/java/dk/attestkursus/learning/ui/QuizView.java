package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
import dk.attestkursus.learning.LearningPaths;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.learning.QuizItem;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * A module's knowledge check: each question answered on its own, with immediate feedback, the
 * explanation and the sources; the options are shuffled per try (see {@code kernel.OptionOrder}),
 * a wrong answer can be tried again, and a summary at the end says how it went and what to read again.
 */
@Route(value = LearningPaths.QUIZ, layout = MainLayout.class)
@RolesAllowed({AppRoles.PARTICIPANT, AppRoles.INSTRUCTOR})
class QuizView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseContent content;
    private final LearningService learning;
    private final AuthenticationContext auth;
    private String title = "";

    QuizView(CourseContent content, LearningService learning, AuthenticationContext auth) {
        this.content = content;
        this.learning = learning;
        this.auth = auth;
        addClassName("page");
    }

    static String path(String moduleKey) {
        return LearningPaths.quiz(moduleKey);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Course course = content.course();
        Module module = course.module(event.getRouteParameters().get("module").orElse(""))
                .orElseThrow(NotFoundException::new);
        title = getTranslation("quiz.title", module.title());
        removeAll();
        add(new Anchor(ModuleView.path(module.key()), getTranslation("lesson.back", module.title())));
        add(
                new H1(title),
                new Paragraph(getTranslation("quiz.intro", module.quiz().size())));
        if (!auth.hasRole(AppRoles.PARTICIPANT)) {
            add(Preview.banner(this));
            int number = 1;
            for (Question question : module.quiz()) {
                add(previewCard(course, module, question, number++));
            }
            return;
        }
        List<QuestionCard> cards = new ArrayList<>();
        QuizSummary summary = new QuizSummary(course, module);
        int number = 1;
        for (QuizItem item : learning.myQuiz(module.key())) {
            QuestionCard card =
                    new QuestionCard(course, module, item, number++, learning, answered -> summary.update(cards));
            cards.add(card);
            add(card);
        }
        summary.update(cards);
        add(summary);
    }

    /** For instructors: the question with every option, which is right, and why. */
    private Div previewCard(Course course, Module module, Question question, int number) {
        Div card = new Div();
        card.addClassNames("card", "quiz-question");
        card.getElement().setAttribute("data-question", question.id());
        card.add(new H2(getTranslation("quiz.question", number, question.text())));
        UnorderedList options = new UnorderedList();
        for (Question.Option option : question.options()) {
            options.add(new ListItem(getTranslation(
                    option.correct() ? "quiz.preview.right" : "quiz.preview.wrong",
                    option.text(),
                    option.explanation())));
        }
        card.add(options);
        module.lessons().stream()
                .filter(l -> l.id().equals(question.lessonId()))
                .findFirst()
                .ifPresent(lesson -> card.add(new Paragraph(getTranslation("quiz.preview.lesson", lesson.title()))));
        card.add(SourceList.of(getTranslation("lesson.sources"), course, question.sourceIds()));
        return card;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
