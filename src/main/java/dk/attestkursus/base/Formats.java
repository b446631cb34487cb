package dk.attestkursus.base;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and numbers as people read them: "tirsdag 3. marts 2026 kl. 9.00", "1.639".
 * The patterns come from the translation files, so each language gets its own.
 */
public final class Formats {

    private Formats() {}

    /** A moment as a long date and time in Danish time, e.g. "tirsdag 3. marts 2026 kl. 9.00". */
    public static String dateTime(Instant instant, Locale locale, AppI18NProvider i18n) {
        return pattern(i18n, "format.datetime", locale).format(instant.atZone(TimeConfig.ZONE));
    }

    /** A moment as a long date, e.g. "tirsdag 3. marts 2026". */
    public static String date(Instant instant, Locale locale, AppI18NProvider i18n) {
        return pattern(i18n, "format.date", locale).format(instant.atZone(TimeConfig.ZONE));
    }

    /** A calendar day as a long date, e.g. "tirsdag 3. marts 2026". */
    public static String localDate(LocalDate day, Locale locale, AppI18NProvider i18n) {
        return pattern(i18n, "format.date", locale).format(day);
    }

    /** A clock time, e.g. "9.05". */
    public static String time(Instant instant, Locale locale, AppI18NProvider i18n) {
        return pattern(i18n, "format.time", locale).format(instant.atZone(TimeConfig.ZONE));
    }

    /** A whole number with the language's grouping, e.g. "1.639" in Danish. */
    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(AppI18NProvider.supported(locale))
                .format(value);
    }

    private static DateTimeFormatter pattern(AppI18NProvider i18n, String key, Locale locale) {
        Locale supported = AppI18NProvider.supported(locale);
        return DateTimeFormatter.ofPattern(i18n.getTranslation(key, supported), supported);
    }
}
