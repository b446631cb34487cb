package dk.attestkursus.courserun.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/** A caseworker in the room checks in with the short code the instructors show on the screen. */
@Route(value = RunPaths.CHECK_IN, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
class CheckInView extends Div implements HasDynamicTitle {

    CheckInView(EnrolmentService enrolment) {
        addClassName("page");
        add(new H1(getTranslation("checkIn.title")), new Paragraph(getTranslation("checkIn.help")));
        TextField code = new TextField(getTranslation("checkIn.code"));
        code.setId("check-in-code-field");
        code.setMaxLength(12);
        code.setAutocapitalize(Autocapitalize.CHARACTERS);
        code.setAutocomplete(Autocomplete.OFF);
        Paragraph done = new Paragraph();
        done.setId("check-in-result");
        done.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("checkIn.send"), e -> {
            code.setInvalid(false);
            try {
                String run = enrolment.checkIn(code.getValue());
                done.setText(getTranslation("checkIn.done", run));
                done.addClassName("success-box");
            } catch (RunRefusedException ex) {
                code.setErrorMessage(getTranslation(ex.messageKey()));
                code.setInvalid(true);
                code.focus();
            }
        });
        send.setId("check-in-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        add(code, send, done);
        code.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkIn.title");
    }
}
