package dk.attestkursus.courserun.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunManagementService;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.courserun.RunValidationException;

/**
 * Cancelling a run (issue 23), on its edit page: a reason, which goes into the cancellation mail everyone
 * in the run gets, and a confirmation, since it cannot be undone. Refusals are shown at the reason.
 */
final class CancelRunCard extends Div {

    CancelRunCard(RunManagementService service, CourseRunId runId, String runName) {
        setId("cancel-run-card");
        addClassName("card");
        TextArea reason = new TextArea(getTranslation("run.cancel.reason"));
        reason.setId("cancel-reason");
        reason.setHelperText(getTranslation("run.cancel.reasonHelp"));
        reason.setMaxLength(RunManagementService.MAX_CANCEL_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        Button cancel = new Button(getTranslation("run.cancel.button"));
        cancel.setId("cancel-run");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> {
            reason.setInvalid(false);
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("run.cancel.reasonRequired"));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("run.cancel.confirmTitle", runName),
                    getTranslation("run.cancel.confirmText"),
                    getTranslation("run.cancel.button"),
                    ok -> cancel(service, runId, runName, reason),
                    getTranslation("run.cancel.keep"),
                    no -> {});
            confirm.setId("cancel-run-confirm");
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        add(
                new H2(getTranslation("run.cancel.title")),
                new Paragraph(getTranslation("run.cancel.intro")),
                reason,
                cancel);
    }

    private void cancel(RunManagementService service, CourseRunId runId, String runName, TextArea reason) {
        try {
            service.cancel(runId, reason.getValue());
            Notification.show(getTranslation("run.cancel.done", runName), 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(RunPaths.run(runId)));
        } catch (RunValidationException ex) {
            reason.setErrorMessage(getTranslation(ex.fieldErrors().getOrDefault("reason", "run.error.required")));
            reason.setInvalid(true);
            reason.focus();
        } catch (RunRefusedException ex) {
            reason.setErrorMessage(getTranslation(ex.messageKey()));
            reason.setInvalid(true);
        }
    }
}
