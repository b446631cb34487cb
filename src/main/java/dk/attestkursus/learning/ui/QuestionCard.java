package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
import dk.attestkursus.learning.AnswerFeedback;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.learning.QuizItem;
import java.util.List;
import java.util.function.Consumer;

/**
 * One question of a knowledge check. The options are shown in the order the service gives for
 * this try; the radio group's values are the options' content indexes, so what is stored is the
 * option chosen, never its position. Once answered, the choice stays as it was with the verdict
 * and why; a wrong answer offers the lesson to read again and another try in a new order.
 */
final class QuestionCard extends Div {

    private final Course course;
    private final Module module;
    private final Question question;
    private final LearningService learning;
    private final Consumer<QuestionCard> onAnswer;
    private final RadioButtonGroup<Integer> options = new RadioButtonGroup<>();
    private final Button answer;
    private final Div feedback = new Div();
    private boolean answered;
    private boolean right;
    private List<Integer> nextOrder = List.of();

    QuestionCard(
            Course course,
            Module module,
            QuizItem item,
            int number,
            LearningService learning,
            Consumer<QuestionCard> onAnswer) {
        this.course = course;
        this.module = module;
        this.question = item.question();
        this.learning = learning;
        this.onAnswer = onAnswer;
        addClassNames("card", "quiz-question");
        getElement().setAttribute("data-question", question.id());
        options.setLabel(getTranslation("quiz.question", number, question.text()));
        options.setItemLabelGenerator(i -> question.options().get(i).text());
        options.setRequiredIndicatorVisible(true);
        options.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        feedback.addClassName("quiz-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        answer = new Button(getTranslation("quiz.answer"), e -> submit());
        answer.addClassName("quiz-answer");
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(options, answer, feedback);
        if (item.chosen().isPresent()) {
            options.setItems(item.answeredOrder());
            options.setValue(item.chosen().get());
            showAnswered(item.chosen().get(), item.nextOrder());
        } else {
            newTry(item.nextOrder());
        }
    }

    boolean answered() {
        return answered;
    }

    boolean right() {
        return right;
    }

    Question question() {
        return question;
    }

    /** Moves keyboard focus to the question, e.g. after "try again" from the summary. */
    void focusQuestion() {
        options.getElement()
                .executeJs("const first = this.querySelector('vaadin-radio-button');"
                        + " this.scrollIntoView({block: 'center'}); if (first) { first.focus(); }");
    }

    private void submit() {
        Integer chosen = options.getValue();
        if (chosen == null) {
            options.setInvalid(true);
            options.setErrorMessage(getTranslation("quiz.chooseFirst"));
            return;
        }
        options.setInvalid(false);
        AnswerFeedback result = learning.answer(question.id(), chosen);
        showAnswered(chosen, result.nextOrder());
        onAnswer.accept(this);
    }

    /** Another try after an answer: the options in the order for the next try, nothing chosen. */
    void retry() {
        newTry(nextOrder);
    }

    private void newTry(List<Integer> order) {
        answered = false;
        right = false;
        options.setItems(order);
        options.clear();
        options.setReadOnly(false);
        answer.setVisible(true);
        feedback.removeAll();
        getElement().removeAttribute("data-answered");
    }

    private void showAnswered(int chosen, List<Integer> next) {
        answered = true;
        nextOrder = next;
        right = question.options().get(chosen).correct();
        options.setReadOnly(true);
        answer.setVisible(false);
        getElement().setAttribute("data-answered", right ? "right" : "wrong");
        feedback.removeAll();
        Paragraph verdict = new Paragraph(getTranslation(right ? "quiz.right" : "quiz.wrong"));
        verdict.addClassNames("quiz-verdict", "status", right ? "badge-ok" : "badge-warning");
        feedback.add(verdict, new Paragraph(question.options().get(chosen).explanation()));
        if (!right) {
            Div again = new Div();
            again.addClassNames(
                    "quiz-again",
                    LumoUtility.Display.FLEX,
                    LumoUtility.FlexWrap.WRAP,
                    LumoUtility.AlignItems.CENTER,
                    LumoUtility.Gap.MEDIUM);
            module.lesson(lessonSlug()).ifPresent(lesson -> {
                Anchor read = new Anchor(
                        LessonView.path(module.key(), lesson.slug()), getTranslation("quiz.readAgain", lesson.title()));
                read.addClassName("quiz-lesson-link");
                again.add(read);
            });
            Button tryAgain = new Button(getTranslation("quiz.tryAgain"), e -> {
                retry();
                onAnswer.accept(this);
                focusQuestion();
            });
            tryAgain.addClassName("quiz-try-again");
            again.add(tryAgain);
            feedback.add(again);
        }
        feedback.add(SourceList.of(getTranslation("lesson.sources"), course, question.sourceIds()));
    }

    private String lessonSlug() {
        return module.lessons().stream()
                .filter(l -> l.id().equals(question.lessonId()))
                .findFirst()
                .map(l -> l.slug())
                .orElse("");
    }
}
