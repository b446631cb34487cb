package dk.attestkursus.security;

import dk.attestkursus.kernel.RefusalException;
import java.util.Map;

/**
 * Input that cannot be stored. Each entry names a field ({@code displayName}, {@code username},
 * {@code email}, {@code role}, {@code instructorKind}, {@code leaderId}) and the translation key
 * of what is wrong with it, so the form can show the error beside the field.
 */
public class AccountValidationException extends RefusalException {

    private final Map<String, String> fieldErrors;

    public AccountValidationException(Map<String, String> fieldErrors) {
        super("Invalid account: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
