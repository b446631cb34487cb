package dk.attestkursus.results.ui;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.results.Dashboard;
import java.time.YearMonth;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;

/** Which table has a picture beside it, the picture, and its short text alternative. */
final class ResultsPictures {

    private final AppI18NProvider i18n;
    private final Locale locale;

    ResultsPictures(AppI18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    @Nullable JFreeChart chartFor(String tableId, Dashboard d) {
        return switch (tableId) {
            case DashboardTables.QUALITY -> ResultsCharts.quality(d.quality(), t("results.col.before"),
                    t("results.col.after"), t("results.chart.qualityAxis"));
            case DashboardTables.MONTHS -> ResultsCharts.trend(d.extractMonths(), t("results.chart.trendAxis"),
                    d.courseStart() == null ? null : YearMonth.from(d.courseStart()),
                    d.courseEnd() == null ? null : YearMonth.from(d.courseEnd()), t("results.chart.course"));
            default -> null;
        };
    }

    String altFor(String tableId, Dashboard d) {
        return DashboardTables.QUALITY.equals(tableId) ? t("results.chart.qualityAlt") : t("results.chart.trendAlt");
    }

    private String t(String key) {
        return i18n.getTranslation(key, locale);
    }
}
