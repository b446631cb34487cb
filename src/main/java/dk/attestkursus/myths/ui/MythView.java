package dk.attestkursus.myths.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.ui.ChoiceGroups;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Myth;
import dk.attestkursus.myths.LivePollException;
import dk.attestkursus.myths.MythAnswer;
import dk.attestkursus.myths.MythGuess;
import dk.attestkursus.myths.MythPaths;
import dk.attestkursus.myths.MythPictures;
import dk.attestkursus.myths.MythService;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One myth before the session: the statement, "myte / fakta / ved ikke" and how sure the
 * caseworker is; then the answer with figure, picture and source. One guess per myth.
 */
@Route(value = MythPaths.MYTH, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
class MythView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseContent content;
    private final MythService myths;
    private final MythPictures pictures;

    MythView(CourseContent content, MythService myths, MythPictures pictures) {
        this.content = content;
        this.myths = myths;
        this.pictures = pictures;
        addClassName("page");
    }

    static String path(String mythId) {
        return MythPaths.myth(mythId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Course course = content.course();
        Myth myth =
                course.myth(event.getRouteParameters().get("myth").orElse("")).orElseThrow(NotFoundException::new);
        removeAll();
        Paragraph statement = new Paragraph(myth.statement());
        statement.addClassName("myth-statement");
        statement.setId("myth-statement");
        add(
                new Anchor(MythPaths.MYTHS, getTranslation("myths.back")),
                new H1(getTranslation("myths.question")),
                statement);
        Div result = new Div();
        result.setId("myth-result");
        result.getElement().setAttribute("aria-live", "polite");
        MythGuess earlier = myths.myGuesses().get(myth.id());
        if (earlier != null) {
            add(result);
            show(result, course, myth, earlier);
            return;
        }
        add(guessForm(course, myth, result), result);
    }

    /** The guess and how sure; once given, the form makes way for the answer. */
    private Div guessForm(Course course, Myth myth, Div result) {
        RadioButtonGroup<MythAnswer> answer = ChoiceGroups.required(
                "myth-answer",
                getTranslation("myths.yourGuess"),
                List.of(MythAnswer.values()),
                a -> getTranslation("myths.answer." + MythReveal.key(a)));
        RadioButtonGroup<Integer> confidence = ChoiceGroups.confidence(this, "myth-confidence");

        Button submit = new Button(getTranslation("myths.submit"));
        submit.setId("myth-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(answer, confidence, submit);
        form.addClassName("myth-form");
        submit.addClickListener(e -> {
            answer.setErrorMessage(getTranslation("myths.chooseAnswer"));
            answer.setInvalid(answer.getValue() == null);
            confidence.setErrorMessage(getTranslation("cases.chooseConfidence"));
            confidence.setInvalid(confidence.getValue() == null);
            if (answer.getValue() == null || confidence.getValue() == null) {
                return;
            }
            MythGuess guess;
            try {
                guess = myths.guess(myth.id(), answer.getValue(), confidence.getValue());
            } catch (LivePollException refused) {
                // Answered in another tab: show the answer given there.
                guess = myths.myGuesses().get(myth.id());
                if (guess == null) {
                    throw refused;
                }
            }
            remove(form);
            show(result, course, myth, guess);
            // The form is gone: move focus to the answer, so keyboard users are not left nowhere.
            result.getElement().setAttribute("tabindex", "-1");
            result.getElement().callJsFunction("focus");
        });
        return form;
    }

    private void show(Div result, Course course, Myth myth, MythGuess guess) {
        result.removeAll();
        Paragraph yours = new Paragraph(getTranslation(
                "myths.yourGuessWas",
                getTranslation("myths.answer." + MythReveal.key(guess.answer())),
                guess.confidence()));
        yours.setId("myth-your-guess");
        result.add(yours);
        if (guess.answer().matches(myth.verdict())) {
            Paragraph praise = new Paragraph(getTranslation("myths.right"));
            praise.setId("myth-right");
            result.add(praise);
        }
        result.add(MythReveal.of(this, course, myth, pictures));
        List<Myth> all = course.myths();
        int index = all.indexOf(myth);
        Anchor next = index + 1 < all.size()
                ? new Anchor(path(all.get(index + 1).id()), getTranslation("myths.next"))
                : new Anchor(MythPaths.MYTHS, getTranslation("myths.allDone"));
        next.setId("myth-next");
        next.addClassName("primary-link");
        result.add(next);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myths.question");
    }
}
