package dk.attestkursus.courserun;

import dk.attestkursus.kernel.RefusalException;
import java.util.Map;

/**
 * Run input that cannot be stored. Each entry names a field of {@link RunInput} and the
 * translation key of what is wrong with it, so the form shows the error beside the field.
 */
public class RunValidationException extends RefusalException {

    private final Map<String, String> fieldErrors;

    public RunValidationException(Map<String, String> fieldErrors) {
        super("Invalid run: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
