package dk.attestkursus.results.ui;

import dk.attestkursus.results.Dashboard;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's pictures, drawn on the server with JFreeChart (decision 006): bars of participation,
 * of the rubric scores and of the self-assessment before and after, of the action plans, and lines of the
 * extract's requests per month with the course marked. Axes write numbers as the tables do (Danish
 * decimal comma); the same figures are always in a table. Rendered by {@link ChartImages}.
 */
final class ResultsCharts {

    static final Color INK = new Color(0x1a, 0x26, 0x33);
    /** Before, after / follow-up 1, follow-up 2, and more for the extract's forms: all AA on white. */
    static final Color[] SERIES = {
        new Color(0x5b, 0x67, 0x74),
        new Color(0x0b, 0x4f, 0x8a),
        new Color(0x8a, 0x3b, 0x12),
        new Color(0x1e, 0x6b, 0x3a),
        new Color(0x6a, 0x2c, 0x8e),
        new Color(0x9b, 0x1c, 0x4b)
    };

    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 20);

    private ResultsCharts() {}

    /** Horizontal bars: criteria down the side, mean score 0-2 before and after. Null when nothing can be shown. */
    static @Nullable JFreeChart quality(
            List<Dashboard.CriterionRow> rows, String before, String after, String axis, Numbers numbers) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Dashboard.CriterionRow row : rows) {
            add(data, row.before(), before, row.title());
            add(data, row.after(), after, row.title());
        }
        NumberAxis range = new NumberAxis(axis);
        range.setRange(0, 2);
        range.setTickUnit(new NumberTickUnit(0.5, numbers.format(1, 1, true)));
        return bars(data, range, 0, 2);
    }

    /** Horizontal bars: the share of the people who did each step (0-100 %). */
    static @Nullable JFreeChart participation(
            List<String> steps, List<Double> shares, String series, String axis, Numbers numbers) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < steps.size(); i++) {
            data.addValue(shares.get(i), series, steps.get(i));
        }
        NumberAxis range = new NumberAxis(axis);
        range.setRange(0, 1);
        range.setTickUnit(new NumberTickUnit(0.25, numbers.percentFormat()));
        return bars(data, range, 0, 2);
    }

    /** Horizontal bars: statements down the side, mean answer 1-5 before and at each follow-up with answers. */
    static @Nullable JFreeChart selfAssessment(
            List<Dashboard.StatementRow> rows, List<String> phases, String axis, Numbers numbers) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Function<Dashboard.StatementRow, @Nullable Double>> values = List.of(
                Dashboard.StatementRow::before, Dashboard.StatementRow::followUp1, Dashboard.StatementRow::followUp2);
        for (int p = 0; p < phases.size(); p++) {
            Function<Dashboard.StatementRow, @Nullable Double> value = values.get(p);
            if (rows.stream().anyMatch(r -> value.apply(r) != null)) {
                for (Dashboard.StatementRow row : rows) {
                    add(data, value.apply(row), phases.get(p), row.text());
                }
            }
        }
        NumberAxis range = new NumberAxis(axis);
        range.setRange(1, 5);
        range.setTickUnit(new NumberTickUnit(1, numbers.format(0, 0, true)));
        return bars(data, range, 1, 4);
    }

    /** Horizontal bars: how many actions were tried, not yet, or not yet with something in the way. */
    static @Nullable JFreeChart actions(
            List<String> outcomes, List<Integer> counts, String series, String axis, Numbers numbers) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < outcomes.size(); i++) {
            data.addValue(counts.get(i), series, outcomes.get(i));
        }
        NumberAxis range = new NumberAxis(axis);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits(numbers.getLocale()));
        range.setNumberFormatOverride(numbers.format(0, 0, true));
        range.setUpperMargin(0.1);
        return bars(data, range, 0, 2);
    }

    /** Lines of requests sent per month, one per form, the course's months marked. Null with fewer than two months. */
    static @Nullable JFreeChart trend(
            List<Dashboard.MonthLine> lines,
            String axis,
            @Nullable YearMonth start,
            @Nullable YearMonth end,
            String courseLabel,
            Numbers numbers) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        lines.forEach(l -> data.addValue(l.sent(), l.form(), l.month().toString()));
        if (data.getColumnCount() < 2) {
            return null;
        }
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, SERIES[(i + 1) % SERIES.length]);
            renderer.setSeriesStroke(i, new BasicStroke(3f));
        }
        CategoryAxis months = new CategoryAxis();
        months.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis range = new NumberAxis(axis);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits(numbers.getLocale()));
        range.setNumberFormatOverride(numbers.format(0, 0, true));
        CategoryPlot plot = new CategoryPlot(data, months, range, renderer);
        List<YearMonth> course =
                start == null ? List.of() : end == null || end.equals(start) ? List.of(start) : List.of(start, end);
        for (YearMonth m : course) {
            if (data.getColumnIndex(m.toString()) >= 0) {
                CategoryMarker marker = new CategoryMarker(m.toString(), INK, new BasicStroke(2f));
                marker.setDrawAsLine(true);
                marker.setLabel(courseLabel);
                marker.setLabelFont(LABEL);
                marker.setLabelPaint(INK);
                marker.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                plot.addDomainMarker(marker);
            }
        }
        return ChartImages.styled(plot, data.getRowCount() > 1, ChartImages.HEIGHT);
    }

    private static void add(DefaultCategoryDataset data, @Nullable Double value, String series, String category) {
        if (value != null) {
            data.addValue(value, series, category);
        }
    }

    /**
     * Horizontal bars from {@code base}, one colour per series, as tall as the categories and their labels
     * (up to {@code labelLines} lines of 20 px text) need.
     */
    private static @Nullable JFreeChart bars(
            DefaultCategoryDataset data, NumberAxis range, double base, int labelLines) {
        if (data.getRowCount() == 0) {
            return null;
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setBase(base);
        renderer.setDrawBarOutline(false);
        for (int i = 0; i < data.getRowCount(); i++) {
            // one series alone is not "before": it gets the colour of what came of the course
            renderer.setSeriesPaint(i, SERIES[(data.getRowCount() == 1 ? 1 : i) % SERIES.length]);
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        categories.setMaximumCategoryLabelLines(labelLines);
        categories.setCategoryMargin(0.25);
        CategoryPlot plot = new CategoryPlot(data, categories, range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        int perCategory = Math.max(labelLines * 22 + 12, data.getRowCount() * 22 + 24);
        int narrowLines = labelLines * 2;
        int narrowPerCategory = Math.max(narrowLines * 22 + 12, data.getRowCount() * 22 + 24);
        return ChartImages.styled(
                plot,
                data.getRowCount() > 1,
                110 + data.getColumnCount() * perCategory,
                130 + data.getColumnCount() * narrowPerCategory,
                narrowLines);
    }
}
