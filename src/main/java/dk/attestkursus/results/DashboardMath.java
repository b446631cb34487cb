package dk.attestkursus.results;

import dk.attestkursus.content.ObstacleGroup;
import dk.attestkursus.content.Survey;
import dk.attestkursus.content.Writing;
import dk.attestkursus.requests.RubricTotals;
import dk.attestkursus.results.Dashboard.CriterionRow;
import dk.attestkursus.results.Dashboard.FormTrend;
import dk.attestkursus.results.Dashboard.MonthLine;
import dk.attestkursus.results.Dashboard.ObstacleCount;
import dk.attestkursus.results.Dashboard.Side;
import dk.attestkursus.results.Dashboard.StatementRow;
import dk.attestkursus.results.domain.ExtractStore.MonthTotal;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.TransferTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The dashboard's arithmetic and its privacy rule, apart from the database: pure functions. */
final class DashboardMath {

    private DashboardMath() {}

    /** The mean of a sum, or null when fewer than five people are behind it. */
    static @Nullable Double mean(long total, long count) {
        return GroupRule.shows((int) Math.min(count, Integer.MAX_VALUE)) ? (double) total / count : null;
    }

    static List<CriterionRow> quality(List<Writing.Criterion> criteria, RubricTotals before, RubricTotals after) {
        return criteria.stream()
                .map(c -> {
                    RubricTotals.Sum b = before.of(c.key());
                    RubricTotals.Sum a = after.of(c.key());
                    return new CriterionRow(
                            c.key(),
                            c.title(),
                            mean(b.total(), b.count()),
                            b.count(),
                            mean(a.total(), a.count()),
                            a.count());
                })
                .toList();
    }

    static List<StatementRow> selfAssessment(Survey survey, Map<Phase, Map<String, long[]>> sums) {
        return survey.statements().stream()
                .map(s -> {
                    long[] b = sum(sums, Phase.BEFORE, s.key());
                    long[] f1 = sum(sums, Phase.FOLLOW_UP_1, s.key());
                    long[] f2 = sum(sums, Phase.FOLLOW_UP_2, s.key());
                    return new StatementRow(
                            s.key(),
                            s.text(),
                            mean(b[0], b[1]),
                            (int) b[1],
                            mean(f1[0], f1[1]),
                            (int) f1[1],
                            mean(f2[0], f2[1]),
                            (int) f2[1]);
                })
                .toList();
    }

    private static long[] sum(Map<Phase, Map<String, long[]>> sums, Phase phase, String key) {
        return sums.getOrDefault(phase, Map.of()).getOrDefault(key, new long[] {0, 0});
    }

    static Dashboard.Actions actions(TransferTotals totals) {
        if (!GroupRule.shows(totals.checkedIn())) {
            return new Dashboard.Actions(totals.checkedIn(), null, null, null);
        }
        return new Dashboard.Actions(totals.checkedIn(), totals.tried(), totals.notYet(), totals.blocked());
    }

    /**
     * Obstacles counted per group (the first matching group; otherwise {@code other}), largest first,
     * empty groups left out; nothing at all when fewer than five people checked in.
     */
    static List<ObstacleCount> obstacles(List<ObstacleGroup> groups, TransferTotals totals, ObstacleCount other) {
        if (!GroupRule.shows(totals.checkedIn())) {
            return List.of();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        int others = 0;
        for (String answer : totals.obstacles()) {
            ObstacleGroup group =
                    groups.stream().filter(g -> g.matches(answer)).findFirst().orElse(null);
            if (group == null) {
                others++;
            } else {
                counts.merge(group.key(), 1, Integer::sum);
            }
        }
        List<ObstacleCount> result = new ArrayList<>();
        for (ObstacleGroup g : groups) {
            if (counts.containsKey(g.key())) {
                result.add(new ObstacleCount(g.key(), g.title(), counts.get(g.key())));
            }
        }
        result.sort(Comparator.comparingInt(ObstacleCount::count).reversed());
        if (others > 0) {
            result.add(new ObstacleCount(other.key(), other.title(), others));
        }
        return result;
    }

    /** Month lines with the cost filled in from the form's fee where the extract has none. */
    static List<MonthLine> months(List<MonthTotal> totals, Map<String, FormFee> fees) {
        return totals.stream()
                .map(t -> {
                    FormFee fee = fees.get(t.form());
                    boolean feeUsed = t.sentWithoutCost() > 0;
                    BigDecimal cost = t.cost();
                    if (feeUsed) {
                        cost = fee == null
                                ? null
                                : cost.add(fee.amount().multiply(BigDecimal.valueOf(t.sentWithoutCost())));
                    }
                    return new MonthLine(t.month(), t.form(), t.sent(), t.returned(), cost, feeUsed);
                })
                .toList();
    }

    /** Per form: monthly averages of the months before the first session and after the last one. */
    static List<FormTrend> trends(
            List<MonthLine> lines,
            Map<String, FormFee> fees,
            @Nullable LocalDate courseStart,
            @Nullable LocalDate courseEnd) {
        Map<String, List<MonthLine>> byForm = new TreeMap<>();
        lines.forEach(
                l -> byForm.computeIfAbsent(l.form(), k -> new ArrayList<>()).add(l));
        List<FormTrend> trends = new ArrayList<>();
        byForm.forEach((form, list) -> {
            Side before = courseStart == null ? null : side(list, l -> l.month().isBefore(YearMonth.from(courseStart)));
            Side after = courseEnd == null ? null : side(list, l -> l.month().isAfter(YearMonth.from(courseEnd)));
            boolean feeUsed = list.stream().anyMatch(MonthLine::feeUsed);
            FormFee fee = fees.get(form);
            trends.add(new FormTrend(form, before, after, feeUsed && fee != null ? fee.label() : null));
        });
        return trends;
    }

    private static @Nullable Side side(List<MonthLine> lines, Predicate<MonthLine> inSide) {
        List<MonthLine> side = lines.stream().filter(inSide).toList();
        if (side.isEmpty()) {
            return null;
        }
        long sent = side.stream().mapToLong(MonthLine::sent).sum();
        long returned = side.stream().mapToLong(MonthLine::returned).sum();
        boolean costKnown = side.stream().allMatch(l -> l.cost() != null);
        BigDecimal cost = costKnown
                ? side.stream()
                        .map(MonthLine::cost)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(side.size()), 2, RoundingMode.HALF_UP)
                : null;
        return new Side(side.size(), (double) sent / side.size(), sent == 0 ? null : (double) returned / sent, cost);
    }
}
