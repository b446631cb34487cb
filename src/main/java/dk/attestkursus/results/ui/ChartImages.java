package dk.attestkursus.results.ui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The house style of the results' charts, and the charts as SVG (with a viewBox, for the page) and as PNG
 * (for the PDF). Every chart is {@value #WIDTH} wide at full size with 20 px text (decision 006); its height
 * follows what it shows. The padding keeps the axis' outermost labels inside the picture.
 */
final class ChartImages {

    static final int WIDTH = 900;
    static final int HEIGHT = 520;
    /** The width of the picture a phone gets: its 20 px text then shows at about 13 px on a 360 px screen. */
    static final int NARROW_WIDTH = 480;

    private ChartImages() {}

    /**
     * A chart that knows the height it is drawn at, full width and narrow; narrow, its category labels may
     * take {@code narrowLabelLines} lines (0: as wide).
     */
    static final class Sized extends JFreeChart {

        private final int height;
        private final int narrowHeight;
        private final int narrowLabelLines;

        Sized(CategoryPlot plot, boolean legend, int height, int narrowHeight, int narrowLabelLines) {
            super(null, ResultsCharts.LABEL, plot, legend);
            this.height = height;
            this.narrowHeight = narrowHeight;
            this.narrowLabelLines = narrowLabelLines;
        }
    }

    static JFreeChart styled(CategoryPlot plot, boolean legend, int height) {
        return styled(plot, legend, height, height, 0);
    }

    static JFreeChart styled(CategoryPlot plot, boolean legend, int height, int narrowHeight, int narrowLabelLines) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0x8a, 0x8a, 0x90));
        plot.getDomainAxis().setTickLabelFont(ResultsCharts.LABEL);
        plot.getDomainAxis().setTickLabelPaint(ResultsCharts.INK);
        plot.getRangeAxis().setTickLabelFont(ResultsCharts.LABEL);
        plot.getRangeAxis().setLabelFont(ResultsCharts.LABEL);
        plot.getRangeAxis().setTickLabelPaint(ResultsCharts.INK);
        plot.getRangeAxis().setLabelPaint(ResultsCharts.INK);
        Sized chart = new Sized(plot, legend, height, narrowHeight, narrowLabelLines);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(12, 12, 12, 36));
        LegendTitle title = chart.getLegend();
        if (title != null) {
            title.setItemFont(ResultsCharts.LABEL);
            title.setItemPaint(ResultsCharts.INK);
            title.setBackgroundPaint(Color.WHITE);
            title.setFrame(BlockBorder.NONE);
            title.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }

    static int height(JFreeChart chart) {
        return chart instanceof Sized sized ? sized.height : HEIGHT;
    }

    static String svg(JFreeChart chart) {
        return svg(chart, WIDTH, height(chart));
    }

    /** The chart for a phone's width: narrower, the category labels on more lines, taller where they need it. */
    static String narrowSvg(JFreeChart chart) {
        if (!(chart instanceof Sized sized) || !(chart.getPlot() instanceof CategoryPlot plot)) {
            return svg(chart, NARROW_WIDTH, HEIGHT);
        }
        int lines = plot.getDomainAxis().getMaximumCategoryLabelLines();
        float ratio = plot.getDomainAxis().getMaximumCategoryLabelWidthRatio();
        if (sized.narrowLabelLines > 0) {
            plot.getDomainAxis().setMaximumCategoryLabelLines(sized.narrowLabelLines);
            plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.5f);
        }
        try {
            return svg(chart, NARROW_WIDTH, sized.narrowHeight);
        } finally {
            plot.getDomainAxis().setMaximumCategoryLabelLines(lines);
            plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(ratio);
        }
    }

    private static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }

    static String dataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] png(JFreeChart chart) {
        int height = height(chart);
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
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
