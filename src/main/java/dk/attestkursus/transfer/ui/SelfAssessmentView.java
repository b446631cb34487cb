package dk.attestkursus.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.StartPages;
import dk.attestkursus.content.Survey;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.SelfAssessmentForm;
import dk.attestkursus.transfer.SelfAssessmentService;
import dk.attestkursus.transfer.TransferPaths;
import dk.attestkursus.transfer.TransferRefusedException;
import dk.attestkursus.transfer.TransferValidationException;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The self-assessment: each statement on the scale 1-5 and one open question, the same before the
 * course and at each follow-up. Answers can be changed while the phase is open.
 */
@Route(value = TransferPaths.SELF_ASSESSMENT, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
class SelfAssessmentView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final SelfAssessmentService service;
    private final AppI18NProvider i18n;
    private final Map<String, RadioButtonGroup<Integer>> groups = new LinkedHashMap<>();
    private final Paragraph status = new Paragraph();
    private final TextArea open = new TextArea();
    private Phase phase = Phase.BEFORE;
    private long version = -1;

    SelfAssessmentView(SelfAssessmentService service, AppI18NProvider i18n) {
        this.service = service;
        this.i18n = i18n;
        addClassName("page");
        status.setId("self-assessment-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        phase = Phase.ofSlug(event.getRouteParameters().get("phase").orElse("")).orElseThrow(NotFoundException::new);
        removeAll();
        groups.clear();
        add(new H1(getTranslation("transfer.self.title." + phase.slug())));
        SelfAssessmentForm form;
        try {
            form = service.mine(phase);
        } catch (TransferRefusedException e) {
            add(
                    Cards.emptyState(getTranslation(e.messageKey())),
                    new Anchor(StartPages.PARTICIPANT, getTranslation("transfer.toStart")));
            return;
        }
        Survey survey = form.survey();
        Paragraph intro = new Paragraph(survey.intro());
        intro.addClassName("lead");
        add(intro);
        if (!form.open()) {
            status.setText(
                    form.opensAt() != null && phase != Phase.BEFORE
                            ? getTranslation("transfer.self.opens", Formats.date(form.opensAt(), getLocale(), i18n))
                            : getTranslation("transfer.error.closed"));
            status.setClassName("info-box");
            add(status);
        }
        version = form.version();
        Div statements = statements(survey, form);
        setUpOpenQuestion(survey, form);
        Button save = new Button(
                getTranslation(form.answered() ? "transfer.self.update" : "transfer.self.save"), e -> save());
        save.setId("self-assessment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(form.open());
        add(statements, open, save);
        if (form.open()) {
            add(status);
        }
        if (form.answered() && form.open()) {
            status.setText(getTranslation("transfer.self.saved"));
            status.setClassName("success-box");
        }
    }

    /** One group of five per statement, read-only when the questionnaire is closed. */
    private Div statements(Survey survey, SelfAssessmentForm form) {
        Div statements = new Div();
        statements.setId("self-assessment-statements");
        for (Survey.Statement s : survey.statements()) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(s.text());
            group.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
            List<String> scale = survey.scale();
            group.setItemLabelGenerator(i -> i + " " + scale.get(i - 1));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setValue(form.scores().get(s.key()));
            group.setReadOnly(!form.open());
            group.getElement().setAttribute("data-statement", s.key());
            group.addClassName("survey-statement");
            groups.put(s.key(), group);
            statements.add(group);
        }
        return statements;
    }

    private void setUpOpenQuestion(Survey survey, SelfAssessmentForm form) {
        open.setLabel(survey.openQuestion());
        open.setId("self-assessment-open");
        open.setMaxLength(2000);
        open.setWidthFull();
        open.setValue(form.openAnswer() == null ? "" : form.openAnswer());
        open.setHelperText(getTranslation("transfer.noCitizenData"));
        open.setReadOnly(!form.open());
    }

    private void save() {
        groups.values().forEach(g -> g.setInvalid(false));
        open.setInvalid(false);
        Map<String, Integer> scores = new LinkedHashMap<>();
        groups.forEach((key, g) -> {
            if (g.getValue() != null) {
                scores.put(key, g.getValue());
            }
        });
        try {
            service.submit(phase, scores, open.getValue(), version);
            version = service.mine(phase).version();
            status.setText(getTranslation("transfer.self.saved"));
            status.setClassName("success-box");
        } catch (TransferValidationException e) {
            boolean focused = false;
            for (Map.Entry<String, String> error : e.errors().entrySet()) {
                if (error.getKey().startsWith("statement.")) {
                    RadioButtonGroup<Integer> g = groups.get(error.getKey().substring("statement.".length()));
                    if (g != null) {
                        g.setErrorMessage(getTranslation(error.getValue()));
                        g.setInvalid(true);
                        if (!focused) {
                            // A radio group is not focusable itself: focus its first option.
                            g.getElement()
                                    .executeJs(
                                            "this.scrollIntoView({block: 'center'});"
                                                    + " const b = this.querySelector('vaadin-radio-button'); if (b) { b.focus(); }");
                            focused = true;
                        }
                    }
                } else if (error.getKey().equals("open")) {
                    open.setErrorMessage(getTranslation(error.getValue()));
                    open.setInvalid(true);
                    if (!focused) {
                        open.focus();
                        focused = true;
                    }
                }
            }
            status.setText(getTranslation("transfer.self.fix", e.errors().size()));
            status.setClassName("error-box");
        } catch (TransferRefusedException e) {
            status.setText(getTranslation(e.messageKey()));
            status.setClassName("error-box");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.self.title." + phase.slug());
    }
}
