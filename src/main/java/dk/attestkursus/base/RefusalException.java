package dk.attestkursus.base;

import java.util.Locale;

/**
 * A service's refusal with a reason the UI turns into a message: {@code messageKey()} is the
 * translation key, the reason's name in lower case after the feature's prefix. The detail is for
 * logs and tests and never holds text a user typed.
 */
public abstract class RefusalException extends RuntimeException {

    private final String messageKey;

    protected RefusalException(String keyPrefix, Enum<?> reason, String detail) {
        super(reason + ": " + detail);
        this.messageKey = keyPrefix + reason.name().toLowerCase(Locale.ROOT);
    }

    /** The translation key of the message for users. */
    public String messageKey() {
        return messageKey;
    }
}
