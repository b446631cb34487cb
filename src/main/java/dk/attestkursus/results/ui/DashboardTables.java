package dk.attestkursus.results.ui;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.results.Dashboard;
import dk.attestkursus.results.ResultsService;
import dk.attestkursus.results.ui.ResultTable.Cell;
import dk.attestkursus.results.ui.ResultTable.Column;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard as tables: what the page folds under each picture, what "Hent som CSV" gives, and what
 * the PDF report prints. Suppressed figures read "for få deltagere" (and are empty in the CSV, with a note).
 */
final class DashboardTables {

    static final String PARTICIPATION = "deltagelse";
    static final String MODULES = "moduler";
    static final String QUALITY = "kvalitet";
    static final String SELF_ASSESSMENT = "selvvurdering";
    static final String ACTIONS = "handlinger";
    static final String OBSTACLES = "forhindringer";
    static final String TREND = "udtraek-foer-efter";
    static final String MONTHS = "udtraek-maaneder";

    private final AppI18NProvider i18n;
    private final Locale locale;
    private final Numbers numbers;

    DashboardTables(AppI18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
        this.numbers = new Numbers(locale);
    }

    /** The tables about people (empty when the group is too small), then the extract's. */
    List<ResultTable> all(Dashboard d) {
        List<ResultTable> tables = new ArrayList<>(people(d));
        tables.addAll(extract(d));
        return tables;
    }

    List<ResultTable> people(Dashboard d) {
        Dashboard.Counts c = d.counts();
        Dashboard.Actions a = d.actions();
        if (c == null || a == null) {
            return List.of();
        }
        List<ResultTable> tables = new ArrayList<>();
        tables.add(participation(c));
        tables.add(modules(d, c));
        tables.add(quality(d));
        tables.add(selfAssessment(d));
        tables.add(actions(a));
        tables.add(obstacles(d));
        return tables;
    }

    private ResultTable participation(Dashboard.Counts c) {
        return table(
                PARTICIPATION,
                List.of(
                        Column.of(t("results.col.what")),
                        Column.of(t("results.col.people")),
                        Column.of(t("results.col.share"), "%")),
                List.of(
                        count("results.row.enrolled", c.enrolled(), c.enrolled()),
                        count("results.row.attended", c.attended(), c.enrolled()),
                        count("results.row.prepDone", c.prepDone(), c.enrolled()),
                        count("results.row.allModules", c.allModules(), c.enrolled()),
                        count("results.row.followUp1", c.followUp1(), c.enrolled()),
                        count("results.row.followUp2", c.followUp2(), c.enrolled())));
    }

    private ResultTable modules(Dashboard d, Dashboard.Counts c) {
        return table(
                MODULES,
                List.of(
                        Column.of(t("results.col.module")),
                        Column.of(t("results.col.people")),
                        Column.of(t("results.col.share"), "%")),
                d.modules().stream()
                        .map(m -> List.of(
                                Cell.text(m.title()), integer(m.completed()), share(m.completed(), c.enrolled())))
                        .toList());
    }

    private ResultTable quality(Dashboard d) {
        return table(
                QUALITY,
                List.of(
                        Column.of(t("results.col.criterion")),
                        Column.of(t("results.col.before"), "0–2"),
                        Column.of(t("results.col.scoredBefore")),
                        Column.of(t("results.col.after"), "0–2"),
                        Column.of(t("results.col.scoredAfter")),
                        Column.of(t("results.col.change"))),
                d.quality().stream()
                        .map(q -> List.of(
                                Cell.text(q.title()),
                                mean(q.before()),
                                integer(q.scoredBefore()),
                                mean(q.after()),
                                integer(q.scoredAfter()),
                                change(q.change())))
                        .toList());
    }

    private ResultTable selfAssessment(Dashboard d) {
        return table(
                SELF_ASSESSMENT,
                List.of(
                        Column.of(t("results.col.statement")),
                        Column.of(t("results.col.before"), "1–5"),
                        Column.of(t("results.col.followUp1"), "1–5"),
                        Column.of(t("results.col.followUp2"), "1–5")),
                d.selfAssessment().stream()
                        .map(s -> List.of(
                                Cell.text(s.text()), mean(s.before()), mean(s.followUp1()), mean(s.followUp2())))
                        .toList());
    }

    private ResultTable actions(Dashboard.Actions a) {
        return table(
                ACTIONS,
                List.of(Column.of(t("results.col.outcome")), Column.of(t("results.col.actions"))),
                List.of(
                        List.of(Cell.text(t("results.row.tried")), maybe(a.tried())),
                        List.of(Cell.text(t("results.row.notYet")), maybe(a.notYet())),
                        List.of(Cell.text(t("results.row.blocked")), maybe(a.blocked()))));
    }

    private ResultTable obstacles(Dashboard d) {
        return table(
                OBSTACLES,
                List.of(Column.of(t("results.col.obstacleGroup")), Column.of(t("results.col.answers"))),
                d.obstacles().stream()
                        .map(o -> List.of(
                                Cell.text(
                                        o.key().equals(ResultsService.OTHER_OBSTACLES)
                                                ? t("results.obstacles.other")
                                                : o.title()),
                                integer(o.count())))
                        .toList());
    }

    /**
     * The extract before and after the course, one row per form and measure (so the table stays narrow),
     * and the months as uploaded.
     */
    List<ResultTable> extract(Dashboard d) {
        List<List<Cell>> trend = new ArrayList<>();
        for (Dashboard.FormTrend f : d.extractTrend()) {
            String unitCount = t("results.unit.requests");
            trend.add(measure(f, "results.row.months", t("results.unit.months"), s -> integer(s.months())));
            trend.add(measure(
                    f,
                    "results.row.sentPerMonth",
                    unitCount,
                    s -> Cell.number(numbers.decimal(s.sentPerMonth(), 1), numbers.csvDecimal(s.sentPerMonth(), 1))));
            trend.add(measure(f, "results.row.returnedShare", "%", s -> percent(s.returnedShare())));
            List<Cell> cost =
                    measure(f, "results.row.costPerMonth", t("results.unit.kroner"), s -> money(s.costPerMonth()));
            if (f.feeLabel() != null) {
                String note = t("results.note.fee", f.feeLabel());
                cost = cost.stream()
                        .map(cell -> cell.csv() != null && !cell.csvValue().isEmpty()
                                ? new Cell(cell.text(), cell.csv(), note)
                                : cell)
                        .toList();
            }
            trend.add(cost);
        }
        List<ResultTable> tables = new ArrayList<>();
        tables.add(table(
                TREND,
                List.of(
                        Column.of(t("results.col.form")),
                        Column.of(t("results.col.measure")),
                        new Column(t("results.col.unit"), null, true),
                        Column.of(t("results.col.before")),
                        Column.of(t("results.col.after"))),
                trend));
        tables.add(table(
                MONTHS,
                List.of(
                        Column.of(t("results.col.month")),
                        Column.of(t("results.col.form")),
                        Column.of(t("results.col.sent")),
                        Column.of(t("results.col.returned")),
                        Column.of(t("results.col.cost"), t("results.unit.kroner"))),
                d.extractMonths().stream()
                        .map(m -> List.of(
                                Cell.text(m.month().toString()),
                                Cell.text(m.form()),
                                integer(m.sent()),
                                integer(m.returned()),
                                monthCost(m)))
                        .toList()));
        return tables;
    }

    private List<Cell> measure(Dashboard.FormTrend f, String key, String unit, Function<Dashboard.Side, Cell> value) {
        return List.of(
                Cell.text(f.form()),
                Cell.text(t(key)),
                Cell.text(unit),
                f.before() == null ? Cell.none(t("results.none")) : value.apply(f.before()),
                f.after() == null ? Cell.none(t("results.none")) : value.apply(f.after()));
    }

    private Cell monthCost(Dashboard.MonthLine m) {
        Cell cost = money(m.cost());
        return m.feeUsed() && m.cost() != null
                ? new Cell(cost.text() + " " + t("results.feeUsed"), cost.csv(), t("results.note.feeUsed"))
                : cost;
    }

    private ResultTable table(String id, List<Column> columns, List<List<Cell>> rows) {
        return new ResultTable(id, t("results.table." + id), columns, rows, t("results.col.note"));
    }

    private List<Cell> count(String key, int value, int of) {
        return List.of(Cell.text(t(key)), integer(value), share(value, of));
    }

    private String t(String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    private Cell integer(long value) {
        return Cell.number(numbers.integer(value), numbers.csvInteger(value));
    }

    private Cell share(int value, int of) {
        return of == 0 ? Cell.text("") : percent((double) value / of);
    }

    private Cell percent(@Nullable Double share) {
        return share == null
                ? Cell.none(t("results.noneSent"))
                : Cell.number(numbers.percent(share), numbers.csvPercent(share));
    }

    private Cell mean(@Nullable Double value) {
        return value == null
                ? Cell.none(t("results.tooFew"))
                : Cell.number(numbers.decimal(value, 2), numbers.csvDecimal(value, 2));
    }

    private Cell change(@Nullable Double value) {
        return value == null
                ? Cell.none(t("results.tooFew"))
                : Cell.number((value > 0 ? "+" : "") + numbers.decimal(value, 2), numbers.csvDecimal(value, 2));
    }

    private Cell maybe(@Nullable Integer value) {
        return value == null ? Cell.none(t("results.tooFew")) : integer(value);
    }

    private Cell money(@Nullable BigDecimal value) {
        return value == null
                ? Cell.none(t("results.noCost"))
                : Cell.number(t("results.money", numbers.money(value)), numbers.csvMoney(value));
    }
}
