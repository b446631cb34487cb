package dk.attestkursus.session;

import dk.attestkursus.content.Markdown;
import dk.attestkursus.content.Slide;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A slide's body as the projector and the slide PDF show it: the sanitised Markdown, with the
 * parts a slide is made of marked for large type (see {@code content/README.md}, "slides"):
 * <ul>
 * <li>a paragraph that is only bold text ({@code **750**}) is the slide's figure
 * ({@code slide-figure}, with {@code slide-figure-long} or {@code slide-figure-longest} for a few
 * words rather than a number, so it stays on one line);</li>
 * <li>the paragraph after a figure is its caption ({@code slide-caption});</li>
 * <li>the {@code Kilde:} (or {@code Kilder:}) line is the source ({@code slide-source}), set small at the foot.</li>
 * </ul>
 */
public final class SlideMarkup {

    /** Figures longer than this ("5% eller færre") get a smaller size than a bare number ("750"). */
    static final int SHORT_FIGURE = 9;
    /** Figures longer than this ("signifikant forbedring") get a smaller size still. */
    static final int LONG_FIGURE = 16;

    private SlideMarkup() {}

    /** The body as one {@code div} of HTML, with the classes above. */
    public static String bodyHtml(Slide slide) {
        return body(slide).outerHtml();
    }

    /** The body as a jsoup element (a {@code div} holding the slide's blocks), for the PDF. */
    public static Element body(Slide slide) {
        Element body = Jsoup.parseBodyFragment(Markdown.html(slide.markdown())).body();
        Element div = new Element("div").addClass("slide-body");
        boolean afterFigure = false;
        for (Element block : body.children()) {
            Element copy = block.clone();
            if (isFigure(block)) {
                copy.addClass("slide-figure");
                int length = block.text().strip().length();
                if (length > LONG_FIGURE) {
                    copy.addClass("slide-figure-longest");
                } else if (length > SHORT_FIGURE) {
                    copy.addClass("slide-figure-long");
                }
                afterFigure = true;
            } else if (isSource(block)) {
                copy.addClass("slide-source");
                afterFigure = false;
            } else {
                if (afterFigure && block.tagName().equals("p")) {
                    copy.addClass("slide-caption");
                }
                afterFigure = false;
            }
            div.appendChild(copy);
        }
        if (div.getElementsByClass("slide-figure").isEmpty()) {
            div.addClass("slide-body-text");
        } else {
            div.addClass("slide-body-figure");
        }
        return div;
    }

    /** A paragraph whose only content is one bold run. */
    static boolean isFigure(Element block) {
        if (!block.tagName().equals("p")) {
            return false;
        }
        Element only = null;
        for (Node node : block.childNodes()) {
            if (node instanceof TextNode text && text.isBlank()) {
                continue;
            }
            if (only != null
                    || !(node instanceof Element element)
                    || !element.tagName().equals("strong")) {
                return false;
            }
            only = element;
        }
        return only != null;
    }

    static boolean isSource(Element block) {
        return block.tagName().equals("p")
                && block.text().strip().toLowerCase(Locale.ROOT).matches("kilder?:.*");
    }
}
