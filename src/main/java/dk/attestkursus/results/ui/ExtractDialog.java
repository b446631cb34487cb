package dk.attestkursus.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.attestkursus.base.ui.UploadTexts;
import dk.attestkursus.results.ExtractCsv;
import dk.attestkursus.results.ExtractPreview;
import dk.attestkursus.results.Problem;
import dk.attestkursus.results.ResultsRefusedException;
import dk.attestkursus.results.ResultsService;
import dk.attestkursus.security.TeamId;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Upload of a team's data extract: the file is checked first and every problem is listed with its
 * line; only a file without problems can be stored, and then all of it at once.
 */
class ExtractDialog extends Dialog {

    private final ResultsService results;
    private final @Nullable TeamId team;
    private final Consumer<String> onDone;
    private final Div result = new Div();
    private final Button confirm = new Button();
    private byte @Nullable [] file;

    ExtractDialog(ResultsService results, @Nullable TeamId team, Consumer<String> onDone) {
        this.results = results;
        this.team = team;
        this.onDone = onDone;
        setHeaderTitle(getTranslation("extract.title"));
        setWidth("min(50rem, 95vw)");
        add(new Paragraph(getTranslation("extract.help")));
        Paragraph example = new Paragraph(getTranslation("extract.example"));
        example.addClassName("code-example");
        add(example);
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            file = bytes;
            ExtractPreview preview = preview(bytes);
            show(preview);
            if (!preview.canImport()) {
                upload.clearFileList(); // so the corrected file can be chosen straight away
            }
        }))));
        upload.setId("extract-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ExtractCsv.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setI18n(UploadTexts.danish(this::getTranslation, ExtractCsv.MAX_BYTES));
        upload.addFileRejectedListener(e -> showError(getTranslation("import.error.rejected", e.getErrorMessage())));
        upload.addFileRemovedListener(e -> {
            file = null;
            result.removeAll();
            confirm.setEnabled(false);
        });
        result.setId("extract-preview");
        result.getElement().setAttribute("aria-live", "polite");
        add(upload, result);
        confirm.setText(getTranslation("extract.confirm"));
        confirm.setId("extract-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> store());
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("extract-cancel");
        getFooter().add(cancel, confirm);
    }

    private ExtractPreview preview(byte[] bytes) {
        return results.previewExtract(team, bytes);
    }

    private void show(ExtractPreview preview) {
        result.removeAll();
        if (!preview.problems().isEmpty()) {
            Paragraph why = new Paragraph(
                    getTranslation("extract.fixFirst", preview.problems().size()));
            why.addClassName("warning-box");
            UnorderedList problems = new UnorderedList();
            problems.setId("extract-problems");
            problems.addClassName("error-list");
            preview.problems().forEach(p -> problems.add(new ListItem(text(p))));
            result.add(why, problems);
        } else {
            Paragraph ok = new Paragraph(getTranslation("extract.summary", preview.rows(), preview.replacing()));
            ok.setId("extract-summary");
            result.add(ok);
        }
        confirm.setEnabled(preview.canImport());
    }

    private String text(Problem problem) {
        return getTranslation(problem.key(), problem.args().toArray());
    }

    private void store() {
        byte[] bytes = file;
        if (bytes == null) {
            return;
        }
        try {
            int rows = results.importExtract(team, bytes);
            close();
            onDone.accept(getTranslation("extract.done", rows));
        } catch (ResultsRefusedException e) {
            show(preview(bytes));
            showError(getTranslation(e.messageKey()));
        }
    }

    private void showError(String message) {
        Paragraph p = new Paragraph(message);
        p.addClassName("error-box");
        p.getElement().setAttribute("role", "alert");
        result.addComponentAsFirst(p);
    }
}
