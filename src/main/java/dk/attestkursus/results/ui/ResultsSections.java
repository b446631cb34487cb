package dk.attestkursus.results.ui;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.results.Dashboard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;

/**
 * The results as sections, the same on the page and in the PDF: each one picture, a sentence saying what
 * it shows, and the tables with the same figures under it. The request quality comes first, as the
 * headline is about it; without enough people only the extract's section is there.
 */
final class ResultsSections {

    static final String EXTRACT = "udtraek";

    /**
     * @param summary what the picture shows in a sentence or a few paragraphs, or why there is nothing to show
     * @param chart   null when there is nothing to draw
     * @param tables  the same figures as tables (an empty one says so with {@code results.empty.<id>})
     */
    record Section(
            String id,
            String title,
            List<String> summary,
            @Nullable JFreeChart chart,
            String alt,
            List<ResultTable> tables) {

        Section {
            summary = List.copyOf(summary);
            tables = List.copyOf(tables);
        }
    }

    private final ResultsTexts texts;
    private final ResultsPictures pictures;
    private final DashboardTables tables;

    ResultsSections(AppI18NProvider i18n, Locale locale) {
        this.texts = new ResultsTexts(i18n, locale);
        this.pictures = new ResultsPictures(i18n, locale);
        this.tables = new DashboardTables(i18n, locale);
    }

    List<Section> of(Dashboard d) {
        Map<String, ResultTable> byId =
                tables.all(d).stream().collect(Collectors.toMap(ResultTable::id, Function.identity()));
        List<Section> sections = new ArrayList<>();
        if (!d.tooFew() && d.counts() != null) {
            sections.add(section(
                    d,
                    DashboardTables.QUALITY,
                    List.of(texts.qualitySummary(d)),
                    byId,
                    d.quality().isEmpty() ? "results.empty.kvalitet" : null,
                    DashboardTables.QUALITY));
            sections.add(section(
                    d,
                    DashboardTables.PARTICIPATION,
                    List.of(texts.participationSummary(d)),
                    byId,
                    null,
                    DashboardTables.PARTICIPATION,
                    DashboardTables.MODULES));
            sections.add(section(
                    d,
                    DashboardTables.SELF_ASSESSMENT,
                    List.of(texts.selfAssessmentSummary(d)),
                    byId,
                    d.selfAssessment().isEmpty() ? "results.empty.selvvurdering" : null,
                    DashboardTables.SELF_ASSESSMENT));
            sections.add(section(
                    d,
                    DashboardTables.ACTIONS,
                    List.of(texts.actionsSummary(d)),
                    byId,
                    null,
                    DashboardTables.ACTIONS,
                    DashboardTables.OBSTACLES));
        }
        sections.add(section(
                d,
                EXTRACT,
                texts.extractSummary(d),
                byId,
                d.extractMonths().isEmpty() ? "results.empty.udtraek-foer-efter" : null,
                DashboardTables.TREND,
                DashboardTables.MONTHS));
        return sections;
    }

    private Section section(
            Dashboard d,
            String id,
            List<String> summary,
            Map<String, ResultTable> byId,
            @Nullable String emptyKey,
            String... tableIds) {
        if (emptyKey != null) {
            return new Section(id, texts.t("results.section." + id), List.of(texts.t(emptyKey)), null, "", List.of());
        }
        return new Section(
                id,
                texts.t("results.section." + id),
                summary,
                pictures.chartFor(id, d),
                pictures.altFor(id, d),
                Arrays.stream(tableIds).map(byId::get).toList());
    }

    ResultsTexts texts() {
        return texts;
    }
}
