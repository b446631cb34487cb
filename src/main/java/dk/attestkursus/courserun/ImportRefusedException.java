package dk.attestkursus.courserun;

import dk.attestkursus.kernel.RefusalException;

/** An import that cannot be made as it stands; the preview says why, row by row. Nothing was stored. */
public class ImportRefusedException extends RefusalException {

    private final ImportPreview preview;

    public ImportRefusedException(ImportPreview preview) {
        super("Import refused: " + preview.fileErrors().size() + " file errors, "
                + preview.count(ImportPreview.Status.ERROR) + " row errors");
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
