package dk.attestkursus.requests.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.attestkursus.content.LaeForm;
import dk.attestkursus.requests.RequestField;
import dk.attestkursus.requests.RequestFields;
import dk.attestkursus.requests.RequestRefusedException;
import dk.attestkursus.requests.RequestRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The structured request: form, purpose, background, questions, consent and enclosures. Tells its
 * owner when the text changes (after a short pause in typing) and shows refusals at their field.
 */
final class RequestForm extends Div {

    private static final int TYPING_PAUSE_MS = 1000;

    private final Select<String> form = new Select<>();
    private final TextArea purpose = new TextArea();
    private final TextArea background = new TextArea();
    private final Div questionList = new Div();
    private final List<TextArea> questions = new ArrayList<>();
    private final Button addQuestion;
    private final RadioButtonGroup<Boolean> consent = new RadioButtonGroup<>();
    private final TextField consentFor = new TextField();
    private final TextArea enclosures = new TextArea();
    private final Runnable changed;
    private boolean readOnly;
    private boolean filling;

    /** {@code ownCase}: the caseworker's own, anonymised case, not a fictional one (another help text). */
    RequestForm(List<LaeForm> forms, boolean ownCase, Runnable changed) {
        this.changed = changed;
        addClassName("request-form");
        setUpFormChoice(forms);
        text(purpose, "request-purpose", "requests.field.purpose", "requests.field.purposeHelp");
        // The server's limits in the browser too (issue 24): a pasted megabyte stops at the field's length.
        purpose.setMaxLength(RequestRules.MAX_LENGTH.get(RequestField.PURPOSE));
        background.setMaxLength(RequestRules.MAX_LENGTH.get(RequestField.BACKGROUND));
        enclosures.setMaxLength(RequestRules.MAX_LENGTH.get(RequestField.ENCLOSURES));
        consentFor.setMaxLength(RequestRules.MAX_LENGTH.get(RequestField.CONSENT));
        text(
                background,
                "request-background",
                "requests.field.background",
                ownCase ? "requests.field.backgroundHelpOwn" : "requests.field.backgroundHelp");
        questionList.setId("request-questions");
        addQuestion = new Button(getTranslation("requests.addQuestion"), VaadinIcon.PLUS.create(), e -> {
            addQuestionField("");
            questions.getLast().focus();
            fireChanged();
        });
        addQuestion.setId("request-add-question");
        addQuestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setUpConsent();
        text(enclosures, "request-enclosures", "requests.field.enclosures", "requests.field.enclosuresHelp");
        List.<HasValue<?, ?>>of(form, purpose, background, consent, consentFor, enclosures)
                .forEach(f -> f.addValueChangeListener(e -> fireChanged()));
        addParts();
    }

    /** The form asked for, by number and whole title, or none. */
    private void setUpFormChoice(List<LaeForm> forms) {
        List<String> items = new ArrayList<>(List.of(""));
        forms.forEach(f -> items.add(f.number()));
        items.add(RequestRules.NO_FORM);
        form.setId("request-form-choice");
        form.setLabel(getTranslation("requests.field.form"));
        form.setItems(items);
        form.setItemLabelGenerator(number -> number.isEmpty()
                ? getTranslation("requests.field.formNone")
                : RequestRules.NO_FORM.equals(number)
                        ? getTranslation("cases.none")
                        : forms.stream()
                                .filter(f -> f.number().equals(number))
                                .findFirst()
                                .map(f -> f.number() + " " + f.title())
                                .orElse(number));
        form.setValue("");
        // The whole title, never "LÆ 285 Attest til syg…".
        form.setWidthFull();
    }

    private void setUpConsent() {
        consent.setId("request-consent");
        consent.setLabel(getTranslation("requests.field.consent"));
        consent.setItems(Boolean.TRUE, Boolean.FALSE);
        consent.setItemLabelGenerator(b -> getTranslation(b ? "requests.consent.yes" : "requests.consent.no"));
        consentFor.setId("request-consent-for");
        consentFor.setLabel(getTranslation("requests.field.consentFor"));
        consentFor.setWidthFull();
        consentFor.setValueChangeMode(ValueChangeMode.TIMEOUT);
        consentFor.setValueChangeTimeout(TYPING_PAUSE_MS);
    }

    private void addParts() {
        // Each part on rows of its own: "add a question" belongs to the questions, consent is a part of its own.
        Div addRow = new Div(addQuestion);
        addRow.addClassName("request-add-question-row");
        Div consentPart = new Div(new H2(getTranslation("requests.field.consentHeading")), consent, consentFor);
        consentPart.addClassName("request-consent-part");
        add(
                form,
                purpose,
                background,
                new H2(getTranslation("requests.field.questions")),
                questionList,
                addRow,
                consentPart,
                enclosures);
    }

    private void text(TextArea area, String id, String labelKey, String helpKey) {
        area.setId(id);
        area.setLabel(getTranslation(labelKey));
        area.setHelperText(getTranslation(helpKey));
        area.setWidthFull();
        area.setValueChangeMode(ValueChangeMode.TIMEOUT);
        area.setValueChangeTimeout(TYPING_PAUSE_MS);
    }

    private void addQuestionField(String value) {
        int number = questions.size() + 1;
        TextArea question = new TextArea(getTranslation("requests.field.question", number));
        question.setId("request-question-" + number);
        question.setMaxLength(RequestRules.MAX_LENGTH.get(RequestField.QUESTIONS));
        question.setWidthFull();
        question.setValue(value);
        question.setValueChangeMode(ValueChangeMode.TIMEOUT);
        question.setValueChangeTimeout(TYPING_PAUSE_MS);
        question.setReadOnly(readOnly);
        question.addValueChangeListener(e -> fireChanged());
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            int index = questions.indexOf(question);
            questions.remove(index);
            questionList.remove(question.getParent().orElseThrow());
            renumber();
            fireChanged();
        });
        remove.setAriaLabel(getTranslation("requests.removeQuestion", number));
        remove.getElement().setAttribute("title", getTranslation("requests.removeQuestion", number));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setVisible(!readOnly);
        Div row = new Div(question, remove);
        row.addClassName("question-row");
        questions.add(question);
        questionList.add(row);
        addQuestion.setEnabled(!readOnly && questions.size() < RequestRules.MAX_QUESTIONS);
    }

    private void renumber() {
        for (int i = 0; i < questions.size(); i++) {
            TextArea question = questions.get(i);
            question.setLabel(getTranslation("requests.field.question", i + 1));
            question.setId("request-question-" + (i + 1));
            String removeLabel = getTranslation("requests.removeQuestion", i + 1);
            question.getParent()
                    .ifPresent(row -> row.getChildren()
                            .filter(Button.class::isInstance)
                            .map(Button.class::cast)
                            .forEach(b -> {
                                b.setAriaLabel(removeLabel);
                                b.getElement().setAttribute("title", removeLabel);
                            }));
        }
        addQuestion.setEnabled(!readOnly && questions.size() < RequestRules.MAX_QUESTIONS);
    }

    private void fireChanged() {
        if (!filling) {
            changed.run();
        }
    }

    void fill(RequestFields fields) {
        filling = true;
        try {
            form.setValue(fields.form());
            purpose.setValue(fields.purpose());
            background.setValue(fields.background());
            questions.clear();
            questionList.removeAll();
            fields.questions().forEach(this::addQuestionField);
            if (questions.isEmpty()) {
                addQuestionField("");
            }
            consent.setValue(fields.consentGiven());
            consentFor.setValue(fields.consentFor());
            enclosures.setValue(fields.enclosures());
        } finally {
            filling = false;
        }
    }

    RequestFields value() {
        return new RequestFields(
                Objects.requireNonNullElse(form.getValue(), ""),
                purpose.getValue(),
                background.getValue(),
                questions.stream().map(TextArea::getValue).toList(),
                consent.getValue(),
                consentFor.getValue(),
                enclosures.getValue());
    }

    /** The typed text of a request by field id, as the browser keeps it (form and consent choice left out). */
    static Map<String, String> texts(RequestFields fields) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("request-purpose", fields.purpose());
        texts.put("request-background", fields.background());
        List<String> asked = fields.questions().isEmpty() ? List.of("") : fields.questions();
        for (int i = 0; i < asked.size(); i++) {
            texts.put("request-question-" + (i + 1), asked.get(i));
        }
        texts.put("request-consent-for", fields.consentFor());
        texts.put("request-enclosures", fields.enclosures());
        return texts;
    }

    /**
     * The form's value with the typed text taken from {@code texts} (by field id, as {@link #texts}
     * gives it), the choices kept as they are; unknown ids are ignored.
     */
    RequestFields withTexts(Map<String, String> texts) {
        RequestFields now = value();
        List<String> asked = new ArrayList<>();
        for (int i = 1; i <= RequestRules.MAX_QUESTIONS && texts.containsKey("request-question-" + i); i++) {
            asked.add(texts.get("request-question-" + i));
        }
        return new RequestFields(
                now.form(),
                texts.getOrDefault("request-purpose", now.purpose()),
                texts.getOrDefault("request-background", now.background()),
                asked.isEmpty() ? now.questions() : asked,
                now.consentGiven(),
                texts.getOrDefault("request-consent-for", now.consentFor()),
                texts.getOrDefault("request-enclosures", now.enclosures()));
    }

    void setFormReadOnly(boolean value) {
        readOnly = value;
        form.setReadOnly(value);
        purpose.setReadOnly(value);
        background.setReadOnly(value);
        questions.forEach(q -> q.setReadOnly(value));
        questionList
                .getChildren()
                .forEach(row ->
                        row.getChildren().filter(Button.class::isInstance).forEach(b -> b.setVisible(!value)));
        addQuestion.setVisible(!value);
        consent.setReadOnly(value);
        consentFor.setReadOnly(value);
        enclosures.setReadOnly(value);
    }

    /** Clears earlier refusals, then marks each field a refusal names, with its message. */
    void showProblems(List<RequestRefusedException.Problem> problems) {
        List<AbstractField<?, ?>> all =
                new ArrayList<>(List.of(form, purpose, background, consent, consentFor, enclosures));
        all.addAll(questions);
        all.forEach(f -> ((HasValidation) f).setInvalid(false));
        for (RequestRefusedException.Problem problem : problems) {
            Component target = fieldOf(problem.field(), problem.question());
            if (target instanceof HasValidation field) {
                field.setErrorMessage(
                        getTranslation(problem.messageKey(), problem.params().toArray()));
                field.setInvalid(true);
            }
        }
    }

    private Component fieldOf(RequestField field, int question) {
        return switch (field) {
            case FORM -> form;
            case PURPOSE -> purpose;
            case BACKGROUND -> background;
            case QUESTIONS ->
                question >= 0 && question < questions.size()
                        ? questions.get(question)
                        : questions.isEmpty() ? addQuestion : questions.getFirst();
            case CONSENT -> consentFor;
            case ENCLOSURES -> enclosures;
        };
    }
}
