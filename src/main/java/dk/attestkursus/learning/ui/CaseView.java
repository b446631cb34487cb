package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.attestkursus.base.ui.ChoiceGroups;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.FormCase;
import dk.attestkursus.content.LaeForm;
import dk.attestkursus.learning.CaseFeedback;
import dk.attestkursus.learning.LearningPaths;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * One "which form?" case: the caseworker picks a form (or "no certificate / another source") and
 * says how sure they are; then the experts' reasoning is shown. A new answer replaces the old.
 */
@Route(value = LearningPaths.CASE, layout = MainLayout.class)
@RolesAllowed({AppRoles.PARTICIPANT, AppRoles.INSTRUCTOR})
class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseContent content;
    private final LearningService learning;
    private final AuthenticationContext auth;
    private String title = "";

    CaseView(CourseContent content, LearningService learning, AuthenticationContext auth) {
        this.content = content;
        this.learning = learning;
        this.auth = auth;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Course course = content.course();
        FormCase formCase = course.formCase(
                        event.getRouteParameters().get("case").orElse(""))
                .orElseThrow(NotFoundException::new);
        title = formCase.title();
        removeAll();
        add(new Anchor(LearningPaths.CASES, getTranslation("cases.back")), new H1(formCase.title()));
        add(new Html("<div class=\"lesson-body\">" + formCase.situationHtml() + "</div>"));
        if (!auth.hasRole(AppRoles.PARTICIPANT)) {
            // Instructors preview the case with the experts' answer; they have no choice to make.
            Div result = new Div();
            result.setId("case-result");
            add(Preview.banner(this), new Paragraph(formCase.question()), result);
            expertAnswer(result, course, formCase);
            return;
        }

        List<String> choices =
                new ArrayList<>(course.forms().stream().map(LaeForm::number).toList());
        choices.add(FormCase.NONE);
        RadioButtonGroup<String> choice =
                ChoiceGroups.required("case-choice", formCase.question(), choices, c -> label(course, c));
        RadioButtonGroup<Integer> confidence = ChoiceGroups.confidence(this, "case-confidence");

        Div result = new Div();
        result.setId("case-result");
        result.getElement().setAttribute("aria-live", "polite");
        Button submit = new Button(getTranslation("cases.submit"));
        submit.setId("case-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            choice.setInvalid(choice.getValue() == null);
            choice.setErrorMessage(getTranslation("cases.chooseForm"));
            confidence.setInvalid(confidence.getValue() == null);
            confidence.setErrorMessage(getTranslation("cases.chooseConfidence"));
            if (choice.getValue() != null && confidence.getValue() != null) {
                show(
                        result,
                        course,
                        formCase,
                        learning.answerCase(formCase.id(), choice.getValue(), confidence.getValue()));
            }
        });
        add(choice, confidence, submit, result);
        learning.myCaseAnswer(formCase.id()).ifPresent(earlier -> {
            choice.setValue(earlier.choice());
            confidence.setValue(earlier.confidence());
            show(result, course, formCase, earlier);
        });
    }

    private String label(Course course, String choice) {
        if (FormCase.NONE.equals(choice)) {
            return getTranslation("cases.none");
        }
        return course.forms().stream()
                .filter(f -> f.number().equals(choice))
                .findFirst()
                .map(f -> f.number() + " " + f.title())
                .orElse(choice);
    }

    private void show(Div result, Course course, FormCase formCase, CaseFeedback feedback) {
        result.removeAll();
        Paragraph verdict = new Paragraph(getTranslation(
                "cases.verdict." + feedback.verdict().name().toLowerCase(), label(course, feedback.choice())));
        verdict.setId("case-verdict");
        verdict.addClassNames(
                "status", feedback.verdict() == CaseFeedback.Verdict.OTHER ? "badge-warning" : "badge-ok");
        result.add(verdict);
        expertAnswer(result, course, formCase);
    }

    private void expertAnswer(Div result, Course course, FormCase formCase) {
        Paragraph best = new Paragraph(getTranslation(
                "cases.best",
                String.join(
                        ", ",
                        formCase.best().stream().map(c -> label(course, c)).toList())));
        result.add(best);
        if (!formCase.defensible().isEmpty()) {
            result.add(new Paragraph(getTranslation(
                    "cases.defensible",
                    String.join(
                            ", ",
                            formCase.defensible().stream()
                                    .map(c -> label(course, c))
                                    .toList()))));
        }
        result.add(
                new H2(getTranslation("cases.reasoning")),
                new Html("<div class=\"lesson-body\">" + formCase.reasoningHtml() + "</div>"),
                SourceList.of(getTranslation("lesson.sources"), course, formCase.sourceIds()),
                onwards(course, formCase));
    }

    /** After the experts' answer: the next case, or back to the list after the last. */
    private Anchor onwards(Course course, FormCase formCase) {
        List<FormCase> cases = course.cases();
        int index = cases.indexOf(formCase);
        Anchor next = index + 1 < cases.size()
                ? new Anchor(
                        CaseListView.path(cases.get(index + 1)),
                        getTranslation("cases.next", cases.get(index + 1).title()))
                : new Anchor(LearningPaths.CASES, getTranslation("cases.lastDone"));
        next.setId("next-case");
        next.addClassName("primary-link");
        return next;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
