package dk.attestkursus.courserun.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dk.attestkursus.base.ui.PasswordDialog;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.security.AccountValidationException;
import dk.attestkursus.security.NewParticipant;
import dk.attestkursus.security.ProvisionedParticipant;
import java.util.List;

/**
 * Adds one caseworker to a run: name and e-mail, and for an administrator the team (one of the
 * municipality's; an instructor does not place people in teams, issue 21). A new person gets an account
 * whose first password is shown once, to hand over.
 */
class AddParticipantDialog extends Dialog {

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<String> team = new ComboBox<>();

    AddParticipantDialog(EnrolmentService enrolment, CourseRunId runId, Runnable onDone) {
        setHeaderTitle(getTranslation("run.addParticipant"));
        add(form(enrolment.teamChoices()));
        Button save = new Button(getTranslation("run.addParticipant.save"), e -> save(enrolment, runId, onDone));
        save.setId("participant-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                name.focus();
            }
        });
    }

    private FormLayout form(List<String> teams) {
        name.setLabel(getTranslation("accounts.field.name"));
        name.setId("participant-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        email.setLabel(getTranslation("accounts.field.email"));
        email.setId("participant-email");
        email.setRequiredIndicatorVisible(true);
        team.setLabel(getTranslation("run.team"));
        team.setId("participant-team");
        team.setItems(teams);
        team.setClearButtonVisible(true);
        team.setHelperText(getTranslation("run.teamHelp"));
        team.setVisible(!teams.isEmpty());
        FormLayout form = new FormLayout(name, email, team);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        return form;
    }

    private void save(EnrolmentService enrolment, CourseRunId runId, Runnable onDone) {
        name.setInvalid(false);
        email.setInvalid(false);
        team.setInvalid(false);
        try {
            ProvisionedParticipant p = enrolment.enrolOne(
                    runId, new NewParticipant(name.getValue(), email.getValue(), team.getValue(), ""));
            close();
            onDone.run();
            if (p.password().isPresent()) {
                showPassword(p);
            } else {
                Notification.show(getTranslation(
                                "run.addParticipant.done", p.account().displayName()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        } catch (AccountValidationException ex) {
            ex.fieldErrors().forEach((field, key) -> {
                var target = switch (field.substring(field.indexOf('.') + 1)) {
                    case "name" -> name;
                    case "email" -> email;
                    default -> null;
                };
                if (target != null) {
                    target.setErrorMessage(getTranslation(key));
                    target.setInvalid(true);
                } else {
                    team.setErrorMessage(getTranslation(key));
                    team.setInvalid(true);
                }
            });
        } catch (RunRefusedException ex) {
            email.setErrorMessage(getTranslation(ex.messageKey()));
            email.setInvalid(true);
        }
    }

    private static void showPassword(ProvisionedParticipant p) {
        PasswordDialog.show(
                p.account().displayName(), p.account().username(), p.password().orElse(""));
    }
}
