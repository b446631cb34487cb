package dk.attestkursus.content;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** Course text in Markdown as safe HTML (CommonMark, then jsoup's relaxed safelist). */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {}

    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
            .build();

    /**
     * The Markdown as plain text, for a mail's text part: paragraphs and headings as lines with a blank
     * line between, lists with "-" or their numbers, emphasis dropped, a link as {@code "text" (address)}.
     */
    public static String text(String markdown) {
        return TEXT.render(PARSER.parse(markdown));
    }

    public static String html(String markdown) {
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), Safelist.relaxed());
    }
}
