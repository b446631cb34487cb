package dk.attestkursus.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.SimpleTable;
import dk.attestkursus.results.Dashboard;
import dk.attestkursus.results.NationalResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The national view's tables (issue 21), and a leader's figures beside the national average. */
final class NationalTables {

    private NationalTables() {}

    /** Runs held, caseworkers enrolled and attended, per municipality and all together. */
    static Component participation(NationalResults national, Locale locale) {
        SimpleTable table = new SimpleTable(
                t("national.participation.caption"),
                List.of(
                        SimpleTable.Column.text(t("municipalities.name")),
                        SimpleTable.Column.number(t("national.runsHeld")),
                        SimpleTable.Column.number(t("national.enrolled")),
                        SimpleTable.Column.number(t("national.attended"))));
        for (NationalResults.Row row : rows(national)) {
            table.addRow(List.of(
                    name(row),
                    Formats.number(row.runsHeld(), locale),
                    Formats.number(row.enrolled(), locale),
                    Formats.number(row.attended(), locale)));
        }
        return scroll(table, "national-participation", t("national.participation.caption"));
    }

    /** Per municipality and all together, each criterion's mean before → after (or "too few"). */
    static Component quality(NationalResults national, Locale locale) {
        List<SimpleTable.Column> columns = new ArrayList<>();
        columns.add(SimpleTable.Column.text(t("municipalities.name")));
        national.criteria().forEach(c -> columns.add(SimpleTable.Column.text(c.title())));
        SimpleTable table = new SimpleTable(t("national.quality.caption"), columns);
        for (NationalResults.Row row : rows(national)) {
            List<String> cells = new ArrayList<>();
            cells.add(name(row));
            row.cells().forEach(c -> cells.add(beforeAfter(c.before(), c.after(), locale)));
            table.addRow(cells);
        }
        return scroll(table, "national-quality", t("national.quality.caption"));
    }

    /** A municipality's own means beside the national average, criterion by criterion, no other names. */
    static Component againstAverage(List<Dashboard.CriterionRow> own, NationalResults.Row average, Locale locale) {
        SimpleTable table = new SimpleTable(
                t("national.compare.caption"),
                List.of(
                        SimpleTable.Column.text(t("national.criterion")),
                        SimpleTable.Column.text(t("national.compare.own")),
                        SimpleTable.Column.text(t("national.compare.average"))));
        for (Dashboard.CriterionRow row : own) {
            NationalResults.Cell national = average.cells().stream()
                    .filter(c -> c.criterion().equals(row.key()))
                    .findFirst()
                    .orElse(null);
            table.addRow(List.of(
                    row.title(),
                    beforeAfter(row.before(), row.after(), locale),
                    national == null
                            ? t("national.tooFew")
                            : beforeAfter(national.before(), national.after(), locale)));
        }
        return scroll(table, "national-compare", t("national.compare.caption"));
    }

    private static List<NationalResults.Row> rows(NationalResults national) {
        List<NationalResults.Row> rows = new ArrayList<>(national.municipalities());
        rows.add(national.all());
        return rows;
    }

    private static String name(NationalResults.Row row) {
        return row.id() == null ? t("national.all") : row.name();
    }

    private static String beforeAfter(@Nullable Double before, @Nullable Double after, Locale locale) {
        if (before == null && after == null) {
            return t("national.tooFew");
        }
        return t("national.beforeAfter", mean(before, locale), mean(after, locale));
    }

    private static String mean(@Nullable Double value, Locale locale) {
        return value == null ? t("national.tooFewShort") : String.format(locale, "%.1f", value);
    }

    /** A wide table scrolls sideways on a phone: its wrapper is a named region the keyboard can reach. */
    private static Component scroll(SimpleTable table, String id, String caption) {
        table.addClassNames("data-table", "in-scroll-region");
        table.setId(id);
        Div wrapper = new Div(table);
        wrapper.addClassName("table-scroll");
        wrapper.getElement().setAttribute("tabindex", "0");
        wrapper.getElement().setAttribute("role", "region");
        wrapper.getElement().setAttribute("aria-label", caption);
        return wrapper;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
