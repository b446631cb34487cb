package dk.attestkursus.results.ui;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.results.Dashboard;
import dk.attestkursus.results.ResultsService;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard as tables: what the page shows beside each picture, what "Hent som CSV" gives, and
 * what the PDF report prints. Suppressed figures read "for få deltagere".
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

    DashboardTables(AppI18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    /** The tables about people (empty when the group is too small), then the extract's. */
    List<ResultTable> all(Dashboard d) {
        List<ResultTable> tables = new ArrayList<>(people(d));
        tables.addAll(extract(d));
        return tables;
    }

    List<ResultTable> people(Dashboard d) {
        Dashboard.Counts c = d.counts();
        if (c == null || d.actions() == null) {
            return List.of();
        }
        List<ResultTable> tables = new ArrayList<>();
        tables.add(table(PARTICIPATION, List.of(t("results.col.what"), t("results.col.people"), t("results.col.share")),
                List.of(count("results.row.enrolled", c.enrolled(), c.enrolled()),
                        count("results.row.attended", c.attended(), c.enrolled()),
                        count("results.row.prepDone", c.prepDone(), c.enrolled()),
                        count("results.row.allModules", c.allModules(), c.enrolled()),
                        count("results.row.followUp1", c.followUp1(), c.enrolled()),
                        count("results.row.followUp2", c.followUp2(), c.enrolled()))));
        tables.add(table(MODULES, List.of(t("results.col.module"), t("results.col.people"), t("results.col.share")),
                d.modules().stream().map(m -> List.of(m.title(), integer(m.completed()), share(m.completed(), c.enrolled())))
                        .toList()));
        tables.add(table(QUALITY, List.of(t("results.col.criterion"), t("results.col.before"), t("results.col.scored"),
                t("results.col.after"), t("results.col.scored"), t("results.col.change")),
                d.quality().stream().map(q -> List.of(q.title(), mean(q.before()), integer(q.scoredBefore()),
                        mean(q.after()), integer(q.scoredAfter()), change(q.change()))).toList()));
        tables.add(table(SELF_ASSESSMENT, List.of(t("results.col.statement"), t("results.col.before"),
                t("results.col.followUp1"), t("results.col.followUp2")),
                d.selfAssessment().stream().map(s -> List.of(s.text(), mean(s.before()), mean(s.followUp1()),
                        mean(s.followUp2()))).toList()));
        Dashboard.Actions a = d.actions();
        tables.add(table(ACTIONS, List.of(t("results.col.outcome"), t("results.col.actions")),
                List.of(List.of(t("results.row.tried"), maybe(a.tried())), List.of(t("results.row.notYet"), maybe(a.notYet())),
                        List.of(t("results.row.blocked"), maybe(a.blocked())))));
        tables.add(table(OBSTACLES, List.of(t("results.col.obstacleGroup"), t("results.col.answers")),
                d.obstacles().stream().map(o -> List.of(o.key().equals(ResultsService.OTHER_OBSTACLES)
                        ? t("results.obstacles.other") : o.title(), integer(o.count()))).toList()));
        return tables;
    }

    List<ResultTable> extract(Dashboard d) {
        List<ResultTable> tables = new ArrayList<>();
        tables.add(table(TREND, List.of(t("results.col.form"), t("results.col.sentPerMonthBefore"),
                t("results.col.sentPerMonthAfter"), t("results.col.returnedBefore"), t("results.col.returnedAfter"),
                t("results.col.costBefore"), t("results.col.costAfter"), t("results.col.fee")),
                d.extractTrend().stream().map(f -> List.of(f.form(),
                        f.before() == null ? t("results.none") : decimal(f.before().sentPerMonth()),
                        f.after() == null ? t("results.none") : decimal(f.after().sentPerMonth()),
                        f.before() == null ? t("results.none") : percent(f.before().returnedShare()),
                        f.after() == null ? t("results.none") : percent(f.after().returnedShare()),
                        f.before() == null ? t("results.none") : money(f.before().costPerMonth()),
                        f.after() == null ? t("results.none") : money(f.after().costPerMonth()),
                        f.feeLabel() == null ? "" : f.feeLabel())).toList()));
        tables.add(table(MONTHS, List.of(t("results.col.month"), t("results.col.form"), t("results.col.sent"),
                t("results.col.returned"), t("results.col.cost")),
                d.extractMonths().stream().map(m -> List.of(m.month().toString(), m.form(), integer(m.sent()),
                        integer(m.returned()), money(m.cost()) + (m.feeUsed() && m.cost() != null
                                ? " " + t("results.feeUsed") : ""))).toList()));
        return tables;
    }

    private ResultTable table(String id, List<String> header, List<List<String>> rows) {
        return new ResultTable(id, t("results.table." + id), header, rows);
    }

    private List<String> count(String key, int value, int of) {
        return List.of(t(key), integer(value), share(value, of));
    }

    private String t(String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    private String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private String share(int value, int of) {
        return of == 0 ? "" : percent((double) value / of);
    }

    private String percent(@Nullable Double share) {
        if (share == null) {
            return t("results.none");
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        return f.format(share);
    }

    private String decimal(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }

    private String mean(@Nullable Double value) {
        if (value == null) {
            return t("results.tooFew");
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    private String change(@Nullable Double value) {
        return value == null ? t("results.tooFew") : (value > 0 ? "+" : "") + mean(value);
    }

    private String maybe(@Nullable Integer value) {
        return value == null ? t("results.tooFew") : integer(value);
    }

    private String money(@Nullable BigDecimal value) {
        if (value == null) {
            return t("results.noCost");
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(2);
        return t("results.money", f.format(value));
    }
}
