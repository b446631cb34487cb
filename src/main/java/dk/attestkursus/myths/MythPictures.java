package dk.attestkursus.myths;

import dk.attestkursus.content.MythPicture;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CenterTextMode;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.springframework.stereotype.Component;

/**
 * Draws a myth's picture as SVG on the server: a ring (JFreeChart) for a share, a big number with a
 * caption, or two panels before and after. Colours meet WCAG AA contrast on white. The picture
 * is decoration for sighted users: the myth's text alternative says the same in words.
 */
@Component
public class MythPictures {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 360;

    static final Color INK = new Color(0x1a, 0x26, 0x33);
    static final Color ACCENT = new Color(0x0b, 0x4f, 0x8a);
    static final Color REST = new Color(0xd5, 0xdd, 0xe6);
    static final Color PANEL = new Color(0xee, 0xf3, 0xf8);
    private static final String FONT = Font.SANS_SERIF;

    /** Headings of the before/after panels, in the reader's language. */
    public record Labels(String before, String after) {}

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The picture as an SVG document. */
    public String svg(MythPicture picture, Labels labels) {
        return cache.computeIfAbsent(picture + "|" + labels, k -> draw(picture, labels));
    }

    /** The picture as a {@code data:} address for an {@code <img>} element. */
    public String dataUri(MythPicture picture, Labels labels) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(picture, labels).getBytes(StandardCharsets.UTF_8));
    }

    private static String draw(MythPicture picture, Labels labels) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        switch (picture) {
            case MythPicture.Proportion p -> proportion(g, p);
            case MythPicture.BigNumber n -> bigNumber(g, n);
            case MythPicture.BeforeAfter b -> beforeAfter(g, b, labels);
        }
        return g.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    private static void proportion(SVGGraphics2D g, MythPicture.Proportion p) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        data.setValue(p.part(), p.value());
        data.setValue(p.rest(), 100 - p.value());
        RingPlot plot = new RingPlot(data);
        plot.setSectionPaint(p.part(), ACCENT);
        plot.setSectionPaint(p.rest(), REST);
        plot.setSectionDepth(0.35);
        plot.setSeparatorsVisible(false);
        plot.setLabelGenerator(null);
        plot.setShadowPaint(null);
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setCenterTextMode(CenterTextMode.NONE);
        plot.setStartAngle(90);
        JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.PLAIN, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemFont(new Font(FONT, Font.PLAIN, 20));
        legend.setItemPaint(INK);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        chart.draw(g, new Rectangle2D.Double(10, 10, WIDTH - 20, HEIGHT - 20));
    }

    private static void bigNumber(Graphics2D g, MythPicture.BigNumber n) {
        g.setPaint(PANEL);
        g.fill(new RoundRectangle2D.Double(20, 20, WIDTH - 40, HEIGHT - 40, 32, 32));
        g.setPaint(ACCENT);
        g.setFont(new Font(FONT, Font.BOLD, 140));
        centred(g, n.value(), WIDTH / 2.0, 190);
        g.setPaint(INK);
        g.setFont(new Font(FONT, Font.PLAIN, 24));
        List<String> lines = wrap(g.getFontMetrics(), n.caption(), WIDTH - 100);
        for (int i = 0; i < lines.size(); i++) {
            centred(g, lines.get(i), WIDTH / 2.0, 255 + i * 32);
        }
    }

    private static void beforeAfter(Graphics2D g, MythPicture.BeforeAfter b, Labels labels) {
        double panelWidth = 250;
        panel(g, 20, panelWidth, labels.before(), b.before(), PANEL, INK);
        panel(g, WIDTH - 20 - panelWidth, panelWidth, labels.after(), b.after(), ACCENT, Color.WHITE);
        g.setPaint(ACCENT);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double y = HEIGHT / 2.0;
        g.draw(new Line2D.Double(290, y, 340, y));
        Path2D head = new Path2D.Double();
        head.moveTo(336, y - 18);
        head.lineTo(356, y);
        head.lineTo(336, y + 18);
        head.closePath();
        g.fill(head);
    }

    private static void panel(
            Graphics2D g, double x, double width, String heading, String text, Color fill, Color ink) {
        g.setPaint(fill);
        g.fill(new RoundRectangle2D.Double(x, 40, width, HEIGHT - 80, 24, 24));
        g.setPaint(ink);
        g.setFont(new Font(FONT, Font.BOLD, 26));
        centred(g, heading, x + width / 2, 90);
        g.setFont(new Font(FONT, Font.PLAIN, 22));
        List<String> lines = wrap(g.getFontMetrics(), text, width - 36);
        double top = 150;
        for (int i = 0; i < lines.size(); i++) {
            centred(g, lines.get(i), x + width / 2, top + i * 30);
        }
    }

    private static void centred(Graphics2D g, String text, double centreX, double baseline) {
        int width = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) (centreX - width / 2.0), (float) baseline);
    }

    /** Breaks text into lines no wider than {@code max} pixels, at spaces. */
    static List<String> wrap(FontMetrics metrics, String text, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(candidate) > max) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
