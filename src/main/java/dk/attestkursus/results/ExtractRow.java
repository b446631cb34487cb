package dk.attestkursus.results;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * One month of one LÆ form from the case system: requests sent, how many came back or needed
 * clarification, and what they cost ({@code null}: not in the file, the form's fee is used).
 */
public record ExtractRow(
        YearMonth month,
        String form,
        int sent,
        int returned,
        @Nullable BigDecimal cost) {}
