package dk.attestkursus.e2e;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The UI texts the tests expect, read from the application's own translation files
 * ({@code vaadin-i18n/translations*.properties}), so a test checks what users really see.
 */
public final class Texts {

    // Before DA and EN: static fields initialise in order.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public static final Texts DA = new Texts(Locale.of("da"), Locale.ROOT);
    public static final Texts EN = new Texts(Locale.ENGLISH, Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale, Locale bundleLocale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                "vaadin-i18n.translations", bundleLocale, Texts.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text of a key, with its parameters filled in as the app does. */
    public String get(String key, Object... params) {
        String value = bundle.getString(key);
        return params.length == 0 ? value : new MessageFormat(value, locale).format(params);
    }

    public Locale locale() {
        return locale;
    }
}
