package dk.attestkursus.results.ui;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.results.Dashboard;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;

/** The picture of each section of the results, and its short text alternative (the figures are in the tables). */
final class ResultsPictures {

    private final AppI18NProvider i18n;
    private final Locale locale;
    private final Numbers numbers;

    ResultsPictures(AppI18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
        this.numbers = new Numbers(locale);
    }

    /** The chart of a section (by its id, see {@link ResultsSections}), or null when there is nothing to draw. */
    @Nullable
    JFreeChart chartFor(String sectionId, Dashboard d) {
        return switch (sectionId) {
            case DashboardTables.QUALITY ->
                ResultsCharts.quality(
                        d.quality(),
                        t("results.col.before"),
                        t("results.col.after"),
                        t("results.chart.qualityAxis"),
                        numbers);
            case DashboardTables.PARTICIPATION -> participation(d);
            case DashboardTables.SELF_ASSESSMENT ->
                ResultsCharts.selfAssessment(
                        d.selfAssessment(),
                        List.of(t("results.col.before"), t("results.col.followUp1"), t("results.col.followUp2")),
                        t("results.chart.selfAssessmentAxis"),
                        numbers);
            case DashboardTables.ACTIONS -> actions(d);
            case ResultsSections.EXTRACT, DashboardTables.MONTHS ->
                ResultsCharts.trend(
                        d.extractMonths(),
                        t("results.chart.trendAxis"),
                        d.courseStart() == null ? null : YearMonth.from(d.courseStart()),
                        d.courseEnd() == null ? null : YearMonth.from(d.courseEnd()),
                        t("results.chart.course"),
                        numbers);
            default -> null;
        };
    }

    String altFor(String sectionId, Dashboard d) {
        return t(
                switch (sectionId) {
                    case DashboardTables.QUALITY -> "results.chart.qualityAlt";
                    case DashboardTables.PARTICIPATION -> "results.chart.participationAlt";
                    case DashboardTables.SELF_ASSESSMENT -> "results.chart.selfAssessmentAlt";
                    case DashboardTables.ACTIONS -> "results.chart.actionsAlt";
                    default -> "results.chart.trendAlt";
                });
    }

    private @Nullable JFreeChart participation(Dashboard d) {
        Dashboard.Counts c = d.counts();
        if (c == null || c.enrolled() == 0) {
            return null;
        }
        List<Integer> counts = List.of(c.attended(), c.prepDone(), c.allModules(), c.followUp1(), c.followUp2());
        return ResultsCharts.participation(
                List.of(
                        t("results.row.attended"),
                        t("results.row.prepDone"),
                        t("results.row.allModules"),
                        t("results.row.followUp1"),
                        t("results.row.followUp2")),
                counts.stream().map(n -> (double) n / c.enrolled()).toList(),
                t("results.col.share"),
                t("results.chart.participationAxis", c.enrolled()),
                numbers);
    }

    private @Nullable JFreeChart actions(Dashboard d) {
        Dashboard.Actions a = d.actions();
        if (a == null || a.tried() == null || a.notYet() == null || a.blocked() == null) {
            return null;
        }
        return ResultsCharts.actions(
                List.of(t("results.row.tried"), t("results.row.notYet"), t("results.row.blocked")),
                List.of(a.tried(), a.notYet(), a.blocked()),
                t("results.col.actions"),
                t("results.chart.actionsAxis"),
                numbers);
    }

    private String t(String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
