package dk.attestkursus.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.attestkursus.results.Dashboard;
import dk.attestkursus.results.ResultsService;
import dk.attestkursus.security.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * Upload and delete of a team's data extract, in the extract's section. An administrator looking at all
 * teams is asked to choose a team first. {@code reload} shows the results again after a change.
 */
class ExtractButtons extends Div {

    ExtractButtons(
            ResultsService results, Dashboard dashboard, boolean teamChosen, @Nullable TeamId owner, Runnable reload) {
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        if (!teamChosen) {
            Paragraph hint = new Paragraph(getTranslation("extract.chooseTeam"));
            hint.addClassName("meta");
            add(hint);
            return;
        }
        Button upload = new Button(
                getTranslation("extract.open"),
                e -> new ExtractDialog(results, owner, message -> {
                            reload.run();
                            Notification.show(message, 6000, Notification.Position.BOTTOM_START)
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        })
                        .open());
        upload.setId("extract-open");
        add(upload);
        if (!dashboard.extractMonths().isEmpty()) {
            Button delete =
                    new Button(getTranslation("extract.delete"), e -> confirmDelete(results, owner, dashboard, reload));
            delete.setId("extract-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(delete);
        }
    }

    private void confirmDelete(ResultsService results, @Nullable TeamId owner, Dashboard dashboard, Runnable reload) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("extract.delete.title"),
                getTranslation("extract.delete.text", dashboard.extractMonths().size()),
                getTranslation("extract.delete"),
                e -> {
                    int deleted = results.deleteExtract(owner);
                    reload.run();
                    Notification.show(
                                    getTranslation("extract.delete.done", deleted),
                                    6000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setId("extract-delete-dialog");
        dialog.open();
    }
}
