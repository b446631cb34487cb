package dk.attestkursus.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Translations from {@code vaadin-i18n/translations*.properties}. Danish is the base bundle and
 * the default; English sits beside it. Unlike Vaadin's default provider this never falls back to
 * the JVM's locale, so a browser in German gets Danish, not whatever the server runs in.
 */
@Component
public class AppI18NProvider implements I18NProvider {

    public static final Locale DANISH = Locale.of("da");
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(AppI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DANISH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        String value;
        try {
            value = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key;
        }
        return params.length == 0 ? value : new MessageFormat(value, locale).format(params);
    }

    /** The bundle for a locale: English when asked for English, Danish for anything else. */
    static ResourceBundle bundle(Locale locale) {
        Locale chosen = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, chosen, AppI18NProvider.class.getClassLoader(), NO_FALLBACK);
    }

    /** Danish unless the language is English: the two languages the platform speaks. */
    public static Locale supported(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DANISH;
    }
}
