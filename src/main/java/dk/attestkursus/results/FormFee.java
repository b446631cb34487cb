package dk.attestkursus.results;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A form's fee from the catalogue's dated fee text (content/forms.yml), used for the cost where the
 * extract gives none. The part with the latest year counts, and only when it names exactly one
 * amount; {@code label} is that part as written, so the year (and a "mindst") always shows.
 */
public record FormFee(BigDecimal amount, String label) {

    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})*|\\d+) kr\\.");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\)");

    /** "1.544 kr. (2013); mindst 1.639 kr. (frikommuneansøgningen, 2016)" → 1639, the 2016 part; null when unclear. */
    public static @Nullable FormFee parse(String fee) {
        String best = null;
        int bestYear = -1;
        for (String part : fee.split(";")) {
            Matcher year = YEAR.matcher(part);
            if (year.find() && Integer.parseInt(year.group(1)) > bestYear) {
                bestYear = Integer.parseInt(year.group(1));
                best = part.strip();
            }
        }
        if (best == null) {
            return null;
        }
        Matcher amount = AMOUNT.matcher(best);
        if (!amount.find()) {
            return null;
        }
        BigDecimal value = new BigDecimal(amount.group(1).replace(".", ""));
        return amount.find() ? null : new FormFee(value, best);
    }
}
