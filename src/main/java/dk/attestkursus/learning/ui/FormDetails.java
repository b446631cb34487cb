package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import dk.attestkursus.content.LaeForm;

/** The facts of one form as a description list: consultation, deadline, fee (with its year), request form. */
class FormDetails extends Div {

    FormDetails(LaeForm form) {
        addClassName("form-details");
        DescriptionList list = new DescriptionList();
        add(list);
        list.add(
                new DescriptionList.Term(getTranslation("forms.consultation")),
                new DescriptionList.Description(form.needsConsultation()
                        .map(yes -> getTranslation(yes ? "forms.consultation.yes" : "forms.consultation.no"))
                        .orElseGet(() -> getTranslation("forms.notStated"))));
        list.add(
                new DescriptionList.Term(getTranslation("forms.deadline")),
                new DescriptionList.Description(
                        form.deadlineText().orElseGet(() -> getTranslation("forms.notStated"))));
        list.add(new DescriptionList.Term(getTranslation("forms.fee")), new DescriptionList.Description(form.fee()));
        form.request()
                .ifPresent(request -> list.add(
                        new DescriptionList.Term(getTranslation("forms.request")),
                        new DescriptionList.Description(request)));
    }
}
