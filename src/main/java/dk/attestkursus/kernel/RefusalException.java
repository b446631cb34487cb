package dk.attestkursus.kernel;

import java.util.Locale;

/**
 * A service's refusal: the input or the action is not allowed as it stands, and nothing was
 * stored. Every refusal a user can meet extends this one base, so a screen can tell a refusal
 * (show the message, keep what the user typed) from a failure. {@link #messageKey()} is the
 * translation key of the message for users: for a refusal with one reason, the reason's name in
 * lower case after the feature's prefix; refusals that list their problems by field (validation
 * of a form, an import's rows) carry those beside it and use {@link #FIELDS_KEY} as the
 * headline. The detail is for logs and tests and never holds text a user typed.
 */
public abstract class RefusalException extends RuntimeException {

    /** The headline of a refusal whose problems are shown by field. */
    public static final String FIELDS_KEY = "common.refused.fields";

    private final String messageKey;

    /** A refusal with one reason: the key is {@code keyPrefix} and the reason's name in lower case. */
    protected RefusalException(String keyPrefix, Enum<?> reason, String detail) {
        super(reason + ": " + detail);
        this.messageKey = keyPrefix + reason.name().toLowerCase(Locale.ROOT);
    }

    /** A refusal whose problems the subclass lists by field; the headline is {@link #FIELDS_KEY}. */
    protected RefusalException(String detail) {
        super(detail);
        this.messageKey = FIELDS_KEY;
    }

    /** The translation key of the message for users. */
    public String messageKey() {
        return messageKey;
    }
}
