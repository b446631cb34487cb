package dk.attestkursus.results.ui;

import dk.attestkursus.results.Dashboard;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's two pictures, drawn on the server with JFreeChart (decision 006): bars of the rubric
 * scores before and after per criterion, and lines of requests sent per month per form with the
 * course marked. As SVG for the page and PNG for the PDF; the same figures are always in a table.
 */
final class ResultsCharts {

    static final int WIDTH = 900;
    static final int HEIGHT = 520;
    private static final Color INK = new Color(0x1a, 0x26, 0x33);
    private static final Color[] SERIES = {new Color(0x5b, 0x67, 0x74), new Color(0x0b, 0x4f, 0x8a),
        new Color(0x8a, 0x3b, 0x12), new Color(0x1e, 0x6b, 0x3a), new Color(0x6a, 0x2c, 0x8e), new Color(0x9b, 0x1c, 0x4b)};
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 20);

    private ResultsCharts() {
    }

    /** Horizontal bars: criteria down the side, mean score 0-2 before and after. Null when nothing can be shown. */
    static @Nullable JFreeChart quality(List<Dashboard.CriterionRow> rows, String before, String after, String axis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Dashboard.CriterionRow row : rows) {
            if (row.before() != null) {
                data.addValue(row.before(), before, row.title());
            }
            if (row.after() != null) {
                data.addValue(row.after(), after, row.title());
            }
        }
        if (data.getRowCount() == 0) {
            return null;
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        int before0 = data.getRowIndex(before);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, i == before0 ? SERIES[0] : SERIES[1]);
        }
        NumberAxis range = new NumberAxis(axis);
        range.setRange(0, 2);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return chart(plot);
    }

    /** Lines of requests sent per month, one per form, the course's months marked. Null with fewer than two months. */
    static @Nullable JFreeChart trend(List<Dashboard.MonthLine> lines, String axis, @Nullable YearMonth start,
            @Nullable YearMonth end, String courseLabel) {
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
        CategoryPlot plot = new CategoryPlot(data, months, new NumberAxis(axis), renderer);
        for (YearMonth m : start == null ? List.<YearMonth>of() : List.of(start, end == null ? start : end)) {
            if (data.getColumnIndex(m.toString()) >= 0) {
                CategoryMarker marker = new CategoryMarker(m.toString(), INK, new BasicStroke(2f));
                marker.setDrawAsLine(true);
                marker.setLabel(courseLabel);
                marker.setLabelFont(LABEL);
                marker.setLabelPaint(INK);
                plot.addDomainMarker(marker);
            }
        }
        return chart(plot);
    }

    private static JFreeChart chart(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0x8a, 0x8a, 0x90));
        plot.getDomainAxis().setTickLabelFont(LABEL);
        plot.getDomainAxis().setTickLabelPaint(INK);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        plot.getRangeAxis().setTickLabelFont(LABEL);
        plot.getRangeAxis().setLabelFont(LABEL);
        plot.getRangeAxis().setTickLabelPaint(INK);
        plot.getRangeAxis().setLabelPaint(INK);
        JFreeChart chart = new JFreeChart(null, LABEL, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LABEL);
        legend.setItemPaint(INK);
        legend.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    static String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    static String svgDataUri(JFreeChart chart) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(chart).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] png(JFreeChart chart) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
