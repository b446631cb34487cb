package dk.attestkursus.base.ui;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload component's texts from the translations, for every file upload. */
public final class UploadTexts {

    /** A component's {@code getTranslation(key, args...)}. */
    @FunctionalInterface
    public interface Translator {
        String get(String key, Object... args);
    }

    private UploadTexts() {}

    /** The texts for an upload that takes files up to {@code maxBytes}, which the "too big" message names. */
    public static UploadI18N danish(Translator t, long maxBytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(
                new UploadI18N.DropFiles().setOne(t.get("upload.drop")).setMany(t.get("upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t.get("upload.add")).setMany(t.get("upload.add")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(t.get("upload.tooMany"))
                .setFileIsTooBig(t.get("upload.tooBig", megabytes(maxBytes)))
                .setIncorrectFileType(t.get("upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t.get("upload.connecting"))
                        .setStalled(t.get("upload.stalled"))
                        .setProcessing(t.get("upload.processing"))
                        .setHeld(t.get("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t.get("upload.remaining"))
                        .setUnknown(t.get("upload.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t.get("upload.serverError"))
                        .setUnexpectedServerError(t.get("upload.serverError"))
                        .setForbidden(t.get("upload.serverError"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(t.get("upload.retry"))
                .setStart(t.get("upload.start"))
                .setRemove(t.get("upload.remove")));
        return i18n;
    }

    /** Whole megabytes (of 1024 × 1024 bytes) as people say them: 2, 5; a part of one as 0,5. */
    static String megabytes(long bytes) {
        long mb = 1024L * 1024L;
        return bytes % mb == 0
                ? Long.toString(bytes / mb)
                : new java.math.BigDecimal(bytes)
                        .divide(java.math.BigDecimal.valueOf(mb), 1, java.math.RoundingMode.HALF_UP)
                        .toPlainString()
                        .replace('.', ',');
    }
}
