package dk.attestkursus.courserun.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.attestkursus.base.ui.UploadTexts;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.ImportPreview;
import dk.attestkursus.courserun.ImportRefusedException;
import dk.attestkursus.courserun.ImportReport;
import dk.attestkursus.courserun.ParticipantCsv;
import dk.attestkursus.courserun.RunRefusedException;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Importing participants from a CSV file (name, e-mail, team, leader's e-mail; comma or semicolon,
 * as Danish Excel saves it). First a preview row by row (new, already enrolled, error with the
 * reason); only a file without errors can be imported, and then all of it at once.
 */
class ImportDialog extends Dialog {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final EnrolmentService enrolment;
    private final CourseRunId runId;
    private final Consumer<String> onDone;
    private final Div result = new Div();
    private final Button confirm = new Button();
    private byte @Nullable [] file;

    /** {@code onDone} gets the report's text, for the page to show once the dialog has closed. */
    ImportDialog(EnrolmentService enrolment, CourseRunId runId, Consumer<String> onDone) {
        this.enrolment = enrolment;
        this.runId = runId;
        this.onDone = onDone;
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(60rem, 95vw)");
        add(new Paragraph(getTranslation("import.help")));
        Paragraph example = new Paragraph(getTranslation("import.example"));
        example.addClassName("code-example");
        add(example);
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            file = bytes;
            showPreview(enrolment.preview(runId, bytes));
        }))));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setI18n(UploadTexts.danish(this::getTranslation, MAX_BYTES));
        upload.addFileRejectedListener(e -> error(getTranslation("import.error.rejected", e.getErrorMessage())));
        upload.addFileRemovedListener(e -> {
            file = null;
            result.removeAll();
            confirm.setEnabled(false);
        });
        result.setId("import-preview");
        result.getElement().setAttribute("aria-live", "polite");
        add(upload, result);
        confirm.setText(getTranslation("import.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> importNow());
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("import-cancel");
        getFooter().add(cancel, confirm);
    }

    private String text(ParticipantCsv.Problem problem) {
        return getTranslation(problem.key(), problem.args().toArray());
    }

    private void showPreview(ImportPreview preview) {
        result.removeAll();
        Paragraph summary = new Paragraph(getTranslation(
                "import.summary",
                preview.count(ImportPreview.Status.NEW),
                preview.count(ImportPreview.Status.EXISTING),
                preview.count(ImportPreview.Status.ALREADY_ENROLLED),
                preview.count(ImportPreview.Status.ERROR)));
        summary.setId("import-summary");
        result.add(summary);
        if (!preview.fileErrors().isEmpty()) {
            UnorderedList errors = new UnorderedList();
            errors.setId("import-file-errors");
            errors.addClassName("error-list");
            preview.fileErrors().forEach(p -> errors.add(new ListItem(text(p))));
            result.add(errors);
        }
        if (!preview.canImport()) {
            Paragraph why = new Paragraph(getTranslation(
                    preview.fileErrors().isEmpty() && preview.count(ImportPreview.Status.ERROR) == 0
                            ? "import.nothing"
                            : "import.fixFirst"));
            why.addClassName("warning-box");
            result.add(why);
        }
        if (!preview.rows().isEmpty()) {
            Grid<ImportPreview.Row> rows = new Grid<>();
            rows.setId("import-rows");
            rows.setAriaLabel(getTranslation("import.rows"));
            rows.addColumn(ImportPreview.Row::line)
                    .setHeader(getTranslation("import.line"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            rows.addColumn(r -> getTranslation(r.statusKey()))
                    .setHeader(getTranslation("import.status"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            rows.addColumn(ImportPreview.Row::name)
                    .setHeader(getTranslation("accounts.field.name"))
                    .setAutoWidth(true);
            rows.addColumn(ImportPreview.Row::email)
                    .setHeader(getTranslation("accounts.field.email"))
                    .setAutoWidth(true);
            rows.addColumn(r -> r.problems().stream().map(this::text).collect(Collectors.joining(" ")))
                    .setHeader(getTranslation("import.reason"))
                    .setFlexGrow(1);
            // Errors first, so they are seen without scrolling through thousands of good rows.
            rows.setItems(preview.rows().stream()
                    .sorted(Comparator.comparing((ImportPreview.Row r) -> r.status() != ImportPreview.Status.ERROR)
                            .thenComparingInt(ImportPreview.Row::line))
                    .toList());
            rows.setHeight("20rem");
            rows.setPartNameGenerator(r -> r.status() == ImportPreview.Status.ERROR ? "row-error" : null);
            result.add(rows);
        }
        confirm.setText(getTranslation("import.confirmCount", preview.toEnrol()));
        confirm.setEnabled(preview.canImport());
    }

    private void importNow() {
        byte[] bytes = file;
        if (bytes == null) {
            return;
        }
        try {
            ImportReport report = enrolment.importFile(runId, bytes);
            close();
            onDone.accept(
                    getTranslation("import.done", report.enrolled(), report.newAccounts(), report.alreadyEnrolled()));
        } catch (ImportRefusedException e) {
            showPreview(e.preview());
            error(getTranslation("import.changed"));
        } catch (RunRefusedException e) {
            error(getTranslation(e.messageKey()));
        }
    }

    private void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
