package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
import dk.attestkursus.learning.AnswerFeedback;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A module's knowledge check: each question answered on its own, with immediate feedback, the
 * explanation and the sources; a question can be tried again.
 */
@Route(value = "kursus/modul/:module/videnstjek", layout = MainLayout.class)
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
        return ModuleView.path(moduleKey) + "/videnstjek";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Course course = content.course();
        Module module = course.module(event.getRouteParameters().get("module").orElse(""))
                .orElseThrow(NotFoundException::new);
        title = getTranslation("quiz.title", module.title());
        removeAll();
        add(new Anchor(ModuleView.path(module.key()), getTranslation("lesson.back", module.title())));
        add(new H1(title), new Paragraph(getTranslation("quiz.intro", module.quiz().size())));
        if (!auth.hasRole(AppRoles.PARTICIPANT)) {
            add(Preview.banner(this));
            int number = 1;
            for (Question question : module.quiz()) {
                add(previewCard(course, question, number++));
            }
            return;
        }
        Map<String, Integer> earlier = learning.myAnswers();
        int number = 1;
        for (Question question : module.quiz()) {
            add(questionCard(course, question, number++, earlier.get(question.id())));
        }
    }

    private Div questionCard(Course course, Question question, int number, Integer earlierChoice) {
        Div card = new Div();
        card.addClassNames("card", "quiz-question");
        card.getElement().setAttribute("data-question", question.id());
        RadioButtonGroup<Integer> options = new RadioButtonGroup<>();
        options.setLabel(getTranslation("quiz.question", number, question.text()));
        List<Integer> indexes = IntStream.range(0, question.options().size()).boxed().toList();
        options.setItems(indexes);
        options.setItemLabelGenerator(i -> question.options().get(i).text());
        options.setRequiredIndicatorVisible(true);
        options.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        Div feedback = new Div();
        feedback.addClassName("quiz-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        Button answer = new Button(getTranslation("quiz.answer"));
        answer.addClassName("quiz-answer");
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClickListener(e -> {
            Integer chosen = options.getValue();
            if (chosen == null) {
                options.setInvalid(true);
                options.setErrorMessage(getTranslation("quiz.chooseFirst"));
                return;
            }
            options.setInvalid(false);
            show(feedback, course, question, learning.answer(question.id(), chosen));
        });
        card.add(options, answer, feedback);
        if (earlierChoice != null) {
            options.setValue(earlierChoice);
            boolean right = question.options().get(earlierChoice).correct();
            Paragraph before = new Paragraph(getTranslation(right ? "quiz.earlierRight" : "quiz.earlierWrong"));
            before.addClassName("meta");
            feedback.add(before);
        }
        return card;
    }

    /** For instructors: the question with every option, which is right, and why. */
    private Div previewCard(Course course, Question question, int number) {
        Div card = new Div();
        card.addClassNames("card", "quiz-question");
        card.getElement().setAttribute("data-question", question.id());
        card.add(new H2(getTranslation("quiz.question", number, question.text())));
        com.vaadin.flow.component.html.UnorderedList options = new com.vaadin.flow.component.html.UnorderedList();
        for (Question.Option option : question.options()) {
            options.add(new com.vaadin.flow.component.html.ListItem(getTranslation(
                    option.correct() ? "quiz.preview.right" : "quiz.preview.wrong", option.text(), option.explanation())));
        }
        card.add(options, SourceList.of(getTranslation("lesson.sources"), course, question.sourceIds()));
        return card;
    }

    private void show(Div feedback, Course course, Question question, AnswerFeedback result) {
        feedback.removeAll();
        Paragraph verdict = new Paragraph(getTranslation(result.correct() ? "quiz.right" : "quiz.wrong"));
        verdict.addClassNames("quiz-verdict", "status", result.correct() ? "badge-ok" : "badge-warning");
        feedback.add(verdict, new Paragraph(result.explanation()));
        if (!result.correct()) {
            feedback.add(new Paragraph(getTranslation("quiz.tryAgain")));
        }
        feedback.add(SourceList.of(getTranslation("lesson.sources"), course, question.sourceIds()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
