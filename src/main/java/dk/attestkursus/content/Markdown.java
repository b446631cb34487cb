package dk.attestkursus.content;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** Course text in Markdown as safe HTML (CommonMark, then jsoup's relaxed safelist). */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {}

    public static String html(String markdown) {
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), Safelist.relaxed());
    }
}
