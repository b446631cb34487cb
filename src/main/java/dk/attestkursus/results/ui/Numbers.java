package dk.attestkursus.results.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers in the user's language, once as people read them ("65.924,22", "86 %") and once as a
 * spreadsheet reads them ("65924,22", "85,7": no thousands separators, no unit). Also the format of the
 * charts' axes, so pictures and tables write numbers alike.
 */
final class Numbers {

    private final Locale locale;

    Numbers(Locale locale) {
        this.locale = locale;
    }

    Locale getLocale() {
        return locale;
    }

    NumberFormat format(int minDigits, int maxDigits, boolean grouping) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(minDigits);
        f.setMaximumFractionDigits(maxDigits);
        f.setGroupingUsed(grouping);
        return f;
    }

    /** Percent of a share (0-1), e.g. "86 %" in Danish. */
    NumberFormat percentFormat() {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        return f;
    }

    String integer(long value) {
        return format(0, 0, true).format(value);
    }

    String csvInteger(long value) {
        return format(0, 0, false).format(value);
    }

    String decimal(double value, int digits) {
        return format(digits, digits, true).format(value);
    }

    String csvDecimal(double value, int digits) {
        return format(digits, digits, false).format(value);
    }

    String percent(double share) {
        return percentFormat().format(share);
    }

    /** The share as a percentage with one decimal, for a column whose unit is %. */
    String csvPercent(double share) {
        return format(0, 1, false).format(share * 100);
    }

    String money(BigDecimal value) {
        return format(0, 2, true).format(value);
    }

    String csvMoney(BigDecimal value) {
        return format(0, 2, false).format(value);
    }
}
