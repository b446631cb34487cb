package dk.attestkursus.security;

import dk.attestkursus.kernel.RefusalException;
import java.util.Map;

/**
 * Single sign-on settings that cannot be stored: each entry names a field ({@code issuer},
 * {@code clientId}, {@code clientSecret}, {@code emailClaim}, {@code domains}) and the translation key of
 * what is wrong with it; {@link #detail()} is the key's parameter (the domain another municipality has,
 * what the provider answered).
 */
public class SsoRefusedException extends RefusalException {

    private final Map<String, String> fieldErrors;
    private final String detail;

    public SsoRefusedException(Map<String, String> fieldErrors, String detail) {
        super("Single sign-on refused: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.detail = detail;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public String detail() {
        return detail;
    }
}
