package dk.attestkursus.results.ui;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.results.Dashboard;
import dk.attestkursus.results.GroupRule;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The words around the figures, shared by the page and the PDF: headline, what the figures cover, summaries. */
final class ResultsTexts {

    private final AppI18NProvider i18n;
    private final Locale locale;
    private final Numbers numbers;

    ResultsTexts(AppI18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
        this.numbers = new Numbers(locale);
    }

    /** "Team: Lene Leder · Afholdte hold", "Alle teams · Hold: Aalborg forår". */
    String scope(Dashboard d) {
        String team = d.scope().teamName() == null
                ? t("results.allTeams")
                : t("results.team", d.scope().teamName());
        String run = d.scope().runName() == null
                ? t("results.heldRuns")
                : t("results.run", d.scope().runName());
        return team + " · " + run;
    }

    /** The answer the results open with: how many of the rubric's points got better, else who came. */
    String headline(Dashboard d) {
        if (d.tooFew() || d.counts() == null) {
            return t("results.headline.tooFew");
        }
        List<Dashboard.CriterionRow> compared =
                d.quality().stream().filter(q -> q.change() != null).toList();
        if (compared.isEmpty()) {
            return t(
                    "results.headline.attended",
                    d.counts().attended(),
                    d.counts().enrolled());
        }
        long better = compared.stream().filter(q -> q.change() > 0).count();
        return better == 0
                ? t("results.headline.notBetter", compared.size())
                : t("results.headline.better", better, compared.size());
    }

    /** What the headline is about, under it. */
    String headlineDetail(Dashboard d) {
        if (d.tooFew()) {
            return t("results.tooFewPeople", GroupRule.MIN_PEOPLE);
        }
        boolean compared = d.quality().stream().anyMatch(q -> q.change() != null);
        return compared ? t("results.headline.detail", d.people()) : t("results.headline.detailNoQuality", d.people());
    }

    /** Each run of the view and whether (and how many of) its people are in the figures. */
    List<String> coverage(Dashboard d) {
        if (d.runs().isEmpty()) {
            return List.of(t("results.coverage.none"));
        }
        List<String> lines = new ArrayList<>();
        for (Dashboard.RunShare r : d.runs()) {
            String date = Formats.localDate(r.day(), locale, i18n);
            String when = r.held() ? t("results.coverage.heldOn", date) : t("results.coverage.upcomingOn", date);
            String key;
            if (r.counted() == r.people()) {
                key = "results.coverage.counted";
            } else if (!r.held() && d.scope().runId() == null) {
                key = "results.coverage.notHeld";
            } else if (r.counted() == 0) {
                key = "results.coverage.tooFew";
            } else {
                key = "results.coverage.partly";
            }
            lines.add(t(key, r.name(), when, r.people(), r.counted(), GroupRule.MIN_PEOPLE));
        }
        return lines;
    }

    String qualitySummary(Dashboard d) {
        List<Dashboard.CriterionRow> compared = d.quality().stream()
                .filter(q -> q.change() != null)
                .sorted(Comparator.comparing(q -> -Objects.requireNonNull(q.change())))
                .toList();
        if (compared.isEmpty()) {
            return t("results.summary.kvalitet.none", GroupRule.MIN_PEOPLE);
        }
        return t(
                "results.summary.kvalitet",
                compared.getFirst().title(),
                change(compared.getFirst().change()),
                compared.getLast().title(),
                change(compared.getLast().change()));
    }

    String participationSummary(Dashboard d) {
        Dashboard.Counts c = Objects.requireNonNull(d.counts());
        return t("results.summary.deltagelse", c.attended(), c.enrolled(), c.allModules(), c.followUp1());
    }

    String selfAssessmentSummary(Dashboard d) {
        List<Dashboard.StatementRow> compared = d.selfAssessment().stream()
                .filter(s -> s.before() != null && s.followUp1() != null)
                .toList();
        if (compared.isEmpty()) {
            return t("results.summary.selvvurdering.none", GroupRule.MIN_PEOPLE);
        }
        long higher = compared.stream().filter(s -> s.followUp1() > s.before()).count();
        return t("results.summary.selvvurdering", higher, compared.size());
    }

    String actionsSummary(Dashboard d) {
        Dashboard.Actions a = Objects.requireNonNull(d.actions());
        if (a.tried() == null || a.notYet() == null || a.blocked() == null) {
            return t("results.summary.handlinger.none", GroupRule.MIN_PEOPLE);
        }
        return t("results.summary.handlinger", a.tried(), a.tried() + a.notYet() + a.blocked(), a.blocked());
    }

    /** Which months are before and after, and per form the change in requests sent and returned: one paragraph each. */
    List<String> extractSummary(Dashboard d) {
        if (d.courseStart() == null || d.courseEnd() == null) {
            return List.of(t("results.summary.udtraek.noCourse"));
        }
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        List<String> parts = new ArrayList<>();
        parts.add(t(
                "results.summary.udtraek.period",
                month.format(YearMonth.from(d.courseStart()).minusMonths(1)),
                month.format(YearMonth.from(d.courseEnd()).plusMonths(1))));
        for (Dashboard.FormTrend f : d.extractTrend()) {
            if (f.before() != null
                    && f.after() != null
                    && f.before().returnedShare() != null
                    && f.after().returnedShare() != null) {
                parts.add(t(
                        "results.summary.udtraek.form",
                        f.form(),
                        numbers.decimal(f.before().sentPerMonth(), 1),
                        numbers.decimal(f.after().sentPerMonth(), 1),
                        numbers.percent(f.before().returnedShare()),
                        numbers.percent(f.after().returnedShare())));
            }
        }
        return parts;
    }

    private String change(@Nullable Double value) {
        return value == null ? "" : (value > 0 ? "+" : "") + numbers.decimal(value, 2);
    }

    String t(String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
