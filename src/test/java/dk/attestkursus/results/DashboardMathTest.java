package dk.attestkursus.results;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.ObstacleGroup;
import dk.attestkursus.content.Writing;
import dk.attestkursus.requests.RubricTotals;
import dk.attestkursus.results.domain.ExtractStore.MonthTotal;
import dk.attestkursus.transfer.TransferTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardMathTest {

    static Writing.Criterion criterion(String key) {
        return new Writing.Criterion(key, "Titel " + key, "?", List.of("0", "1", "2"), "lektion", List.of("kilde"));
    }

    @Test
    void a_mean_is_shown_from_five_people_and_hidden_below() {
        assertThat(DashboardMath.mean(4, 4)).isNull();
        assertThat(DashboardMath.mean(7, 5)).isEqualTo(1.4);
        assertThat(GroupRule.shows(4)).isFalse();
        assertThat(GroupRule.shows(5)).isTrue();
    }

    @Test
    void quality_gives_before_after_and_change_only_where_both_sides_have_five() {
        RubricTotals before =
                new RubricTotals(Map.of("purpose", new RubricTotals.Sum(5, 5), "form", new RubricTotals.Sum(3, 4)));
        RubricTotals after =
                new RubricTotals(Map.of("purpose", new RubricTotals.Sum(9, 6), "form", new RubricTotals.Sum(10, 5)));
        List<Dashboard.CriterionRow> rows =
                DashboardMath.quality(List.of(criterion("purpose"), criterion("form")), before, after);
        assertThat(rows.get(0).before()).isEqualTo(1.0);
        assertThat(rows.get(0).after()).isEqualTo(1.5);
        assertThat(rows.get(0).change()).isEqualTo(0.5);
        assertThat(rows.get(1).before()).isNull();
        assertThat(rows.get(1).scoredBefore()).isEqualTo(4);
        assertThat(rows.get(1).after()).isEqualTo(2.0);
        assertThat(rows.get(1).change()).isNull();
    }

    @Test
    void obstacles_are_counted_per_group_largest_first_and_only_from_five_people() {
        List<ObstacleGroup> groups = List.of(
                new ObstacleGroup("tid", "Tid", List.of("tid", "travl")),
                new ObstacleGroup("it", "It", List.of("system")));
        TransferTotals totals = new TransferTotals(
                0,
                Map.of(),
                Map.of(),
                5,
                2,
                1,
                3,
                List.of("Ingen tid", "System nede", "Travlt", "For travlt", "Min chef"));
        Dashboard.ObstacleCount other = new Dashboard.ObstacleCount("andet", "", 0);
        assertThat(DashboardMath.obstacles(groups, totals, other))
                .containsExactly(
                        new Dashboard.ObstacleCount("tid", "Tid", 3),
                        new Dashboard.ObstacleCount("it", "It", 1),
                        new Dashboard.ObstacleCount("andet", "", 1));
        TransferTotals few = new TransferTotals(0, Map.of(), Map.of(), 4, 2, 1, 3, List.of("Ingen tid"));
        assertThat(DashboardMath.obstacles(groups, few, other)).isEmpty();
        assertThat(DashboardMath.actions(few).tried()).isNull();
        assertThat(DashboardMath.actions(totals).blocked()).isEqualTo(3);
    }

    @Test
    void the_extract_uses_the_fee_where_the_cost_is_missing_and_splits_before_and_after_the_course() {
        Map<String, FormFee> fees = Map.of("LÆ 265", new FormFee(new BigDecimal("1639"), "mindst 1.639 kr. (2016)"));
        List<MonthTotal> totals = List.of(
                new MonthTotal(YearMonth.of(2025, 1), "LÆ 265", 10, 4, BigDecimal.ZERO, 10),
                new MonthTotal(YearMonth.of(2025, 2), "LÆ 265", 20, 2, new BigDecimal("100"), 0),
                new MonthTotal(YearMonth.of(2025, 3), "LÆ 265", 99, 9, new BigDecimal("1"), 0),
                new MonthTotal(YearMonth.of(2025, 4), "LÆ 265", 8, 0, new BigDecimal("800"), 0),
                new MonthTotal(YearMonth.of(2025, 1), "LÆ 285", 5, 0, BigDecimal.ZERO, 5));
        List<Dashboard.MonthLine> months = DashboardMath.months(totals, fees);
        assertThat(months.get(0).cost()).isEqualByComparingTo("16390");
        assertThat(months.get(0).feeUsed()).isTrue();
        assertThat(months.get(4).cost()).isNull();
        List<Dashboard.FormTrend> trends =
                DashboardMath.trends(months, fees, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 20));
        Dashboard.FormTrend lae265 = trends.getFirst();
        assertThat(lae265.form()).isEqualTo("LÆ 265");
        assertThat(lae265.before().months()).isEqualTo(2);
        assertThat(lae265.before().sentPerMonth()).isEqualTo(15.0);
        assertThat(lae265.before().returnedShare()).isEqualTo(0.2);
        assertThat(lae265.before().costPerMonth()).isEqualByComparingTo("8245");
        assertThat(lae265.after().months()).isEqualTo(1);
        assertThat(lae265.after().returnedShare()).isEqualTo(0.0);
        assertThat(lae265.feeLabel()).isEqualTo("mindst 1.639 kr. (2016)");
        assertThat(trends.get(1).after()).isNull();
        assertThat(trends.get(1).before().costPerMonth()).isNull();
    }

    @Test
    void the_fee_with_the_latest_year_and_one_amount_is_used() {
        FormFee fee = FormFee.parse("1.544 kr. (2013); mindst 1.639 kr. (frikommuneansøgningen, 2016)");
        assertThat(fee.amount()).isEqualByComparingTo("1639");
        assertThat(fee.label()).isEqualTo("mindst 1.639 kr. (frikommuneansøgningen, 2016)");
        assertThat(FormFee.parse("275 kr. / 993 kr. (2013)")).isNull();
        assertThat(FormFee.parse("Efter regning")).isNull();
    }
}
