package dk.attestkursus.transfer;

import dk.attestkursus.base.CprDetector;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The checks every free text in the transfer steps gets: required, length, and never a CPR number. */
final class TextRules {

    private TextRules() {}

    /** Adds an error key for {@code field} when the text is missing (if required), too long or holds a CPR number. */
    static void check(Map<String, String> errors, String field, @Nullable String text, boolean required, int max) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            if (required) {
                errors.put(field, "transfer.error.required");
            }
        } else if (value.length() > max) {
            errors.put(field, "transfer.error.tooLong");
        } else if (CprDetector.contains(value)) {
            errors.put(field, "transfer.error.cpr");
        }
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
