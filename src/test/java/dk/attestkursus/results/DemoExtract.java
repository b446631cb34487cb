package dk.attestkursus.results;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.kernel.DanishCalendar;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A data extract for the demo team, as in {@code docs/examples/dataudtraek.csv} but laid around the
 * held demo run's month (ten weeks before the application started): nine months before it with the
 * example's figures, the course month, and the months since with fewer requests returned. No costs,
 * so the forms' fees are used. Test code only.
 */
public final class DemoExtract {

    private DemoExtract() {}

    public static YearMonth heldMonth() {
        // As the demo data places it: the working day on or before ten weeks ago (issue 23).
        return YearMonth.from(
                DanishCalendar.workdayOnOrBefore(LocalDate.now(TimeConfig.ZONE).minusWeeks(10)));
    }

    public static byte[] bytes() {
        return csv(9).getBytes(StandardCharsets.UTF_8);
    }

    /** With more months before the course (the example's nine again and again), e.g. for a long table. */
    public static byte[] bytes(int monthsBefore) {
        return csv(monthsBefore).getBytes(StandardCharsets.UTF_8);
    }

    static String csv(int monthsBefore) {
        YearMonth held = heldMonth();
        int[][] lae265 = {{42, 9}, {39, 8}, {45, 10}, {41, 9}, {44, 9}, {40, 6}, {38, 5}, {36, 4}, {37, 4}};
        int[][] lae285 = {{12, 3}, {14, 3}, {11, 2}, {13, 3}, {12, 3}, {12, 2}, {11, 2}, {12, 1}, {10, 1}};
        StringBuilder csv = new StringBuilder("måned;attest;sendt;returneret;udgift\n");
        for (int k = monthsBefore; k >= 1; k--) {
            int i = Math.floorMod(lae265.length - k, lae265.length);
            YearMonth m = held.minusMonths(k);
            csv.append(m)
                    .append(";LÆ 265;")
                    .append(lae265[i][0])
                    .append(';')
                    .append(lae265[i][1])
                    .append(";\n");
            csv.append(m)
                    .append(";LÆ 285;")
                    .append(lae285[i][0])
                    .append(';')
                    .append(lae285[i][1])
                    .append(";\n");
        }
        csv.append(held).append(";LÆ 265;35;3;\n").append(held).append(";LÆ 285;11;1;\n");
        for (YearMonth m = held.plusMonths(1); !m.isAfter(YearMonth.now(TimeConfig.ZONE)); m = m.plusMonths(1)) {
            csv.append(m).append(";LÆ 265;34;3;\n").append(m).append(";LÆ 285;12;1;\n");
        }
        return csv.toString();
    }
}
