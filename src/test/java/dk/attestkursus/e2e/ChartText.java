package dk.attestkursus.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a chart drawn as SVG (JFreeSVG writes each label as {@code <text x='…'>label</text>} with its
 * font size in the style): the labels, and those that run past the picture's right edge.
 */
final class ChartText {

    private static final Pattern TEXT =
            Pattern.compile("<text x='([\\d.]+)'[^>]*font-size: ([\\d.]+)px;[^>]*>([^<]*)</text>");
    private static final Pattern WIDTH = Pattern.compile("viewBox='[\\d.]+ [\\d.]+ ([\\d.]+) ");

    private ChartText() {}

    static List<String> labels(String svg) {
        List<String> labels = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            labels.add(m.group(3));
        }
        return labels;
    }

    /**
     * Labels whose end, at half an em a character (narrower than any digit or letter of a sans-serif font),
     * lies past the picture's width: clipped when shown.
     */
    static List<String> pastTheRightEdge(String svg) {
        Matcher w = WIDTH.matcher(svg);
        double width = w.find() ? Double.parseDouble(w.group(1)) : Double.MAX_VALUE;
        List<String> clipped = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            double end = Double.parseDouble(m.group(1))
                    + 0.5 * Double.parseDouble(m.group(2)) * m.group(3).length();
            if (end > width) {
                clipped.add(m.group(3) + " ends at " + end + " of " + width);
            }
        }
        return clipped;
    }
}
