package dk.attestkursus.results.ui;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.Pdf;
import dk.attestkursus.results.Dashboard;
import dk.attestkursus.results.GroupRule;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The results as a PDF report for a management meeting: the page's headline, sections, pictures (as PNG,
 * each with its text alternative printed under it) and tables. A section's heading, picture and sentence
 * stay on one page; a table going on over a page repeats its header row and never splits a row; tables fit
 * the page's width.
 */
final class ReportPdf {

    /** Short tables stay whole; longer ones may go on over a page, with their header repeated. */
    static final int KEEP_WHOLE_ROWS = 12;

    private static final String CSS = """
            .keep { page-break-inside: avoid; }
            h2 { page-break-after: avoid; }
            img.chart { width: 100%; margin: 4pt 0 4pt; }
            .chart-text { font-size: 9pt; color: #4a4a4f; margin: 0 0 4pt; }
            .headline { font-size: 15pt; font-weight: bold; margin: 8pt 0 2pt; }
            .notice { border: 1px solid #8a8a90; padding: 6pt; background: #f6f6f8; }
            ul.coverage { margin: 2pt 0 6pt; padding-left: 14pt; font-size: 9.5pt; }
            table { -fs-table-paginate: paginate; table-layout: fixed; font-size: 9.5pt; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            th, td { overflow-wrap: break-word; word-wrap: break-word; }
            td.number, th.number { text-align: right; }
            th.title { background: #ffffff; color: #1b4f8a; font-size: 10.5pt; border: none; padding: 6pt 0 3pt; }
            """;

    private ReportPdf() {}

    static byte[] render(Dashboard d, AppI18NProvider i18n, Locale locale, LocalDate today) {
        ResultsSections sections = new ResultsSections(i18n, locale);
        ResultsTexts texts = sections.texts();
        String title = i18n.getTranslation("results.title", locale);
        Document doc = Pdf.newDocument(title, Pdf.baseCss(false) + CSS, locale);
        Element body = doc.body();
        body.appendElement("h1").text(title);
        body.appendElement("p")
                .addClass("meta")
                .text(texts.scope(d) + " · "
                        + i18n.getTranslation("results.pdf.made", locale, Formats.localDate(today, locale, i18n)));
        body.appendElement("p").addClass("headline").text(texts.headline(d));
        body.appendElement("p").addClass(d.tooFew() ? "notice" : "meta").text(texts.headlineDetail(d));
        Element coverage = body.appendElement("ul").addClass("coverage");
        texts.coverage(d).forEach(line -> coverage.appendElement("li").text(line));
        body.appendElement("p")
                .addClass("meta")
                .text(i18n.getTranslation("results.privacy", locale, GroupRule.MIN_PEOPLE));
        for (ResultsSections.Section section : sections.of(d)) {
            Element keep = body.appendElement("div").addClass("keep");
            keep.appendElement("h2").text(section.title());
            if (section.chart() != null) {
                keep.appendElement("img")
                        .addClass("chart")
                        .attr("alt", section.alt())
                        .attr(
                                "src",
                                "data:image/png;base64,"
                                        + Base64.getEncoder().encodeToString(ChartImages.png(section.chart())));
                // Flying Saucer 10.3.0 drops the alt text (no structure tree to hold it): printed, a screen
                // reader reads it where the picture is (decision 027).
                keep.appendElement("p").addClass("chart-text").text(section.alt());
            }
            section.summary().forEach(line -> keep.appendElement("p").text(line));
            for (ResultTable table : section.tables()) {
                appendTable(body, table, i18n.getTranslation("results.empty." + table.id(), locale));
            }
        }
        return Pdf.render(doc);
    }

    private static void appendTable(Element body, ResultTable table, String empty) {
        if (table.rows().isEmpty()) {
            Element keep = body.appendElement("div").addClass("keep");
            keep.appendElement("h3").text(table.title());
            keep.appendElement("p").text(empty);
            return;
        }
        Element t = body.appendElement("table");
        if (table.rows().size() <= KEEP_WHOLE_ROWS) {
            t.addClass("keep");
        }
        List<String> header = table.header();
        Element columns = t.appendElement("colgroup");
        int first = header.size() <= 2 ? 60 : header.size() == 3 ? 50 : 34;
        for (int i = 0; i < header.size(); i++) {
            columns.appendElement("col")
                    .attr("style", "width: " + (i == 0 ? first : (100.0 - first) / (header.size() - 1)) + "%");
        }
        Element thead = t.appendElement("thead");
        thead.appendElement("tr")
                .appendElement("th")
                .addClass("title")
                .attr("colspan", String.valueOf(header.size()))
                .text(table.title());
        Element head = thead.appendElement("tr");
        for (int i = 0; i < header.size(); i++) {
            Element th = head.appendElement("th").text(header.get(i));
            if (i > 0 && table.numeric(i)) {
                th.addClass("number");
            }
        }
        Element rows = t.appendElement("tbody");
        for (List<String> row : table.texts()) {
            Element tr = rows.appendElement("tr");
            for (int i = 0; i < row.size(); i++) {
                Element td = tr.appendElement("td").text(row.get(i));
                if (i > 0 && table.numeric(i)) {
                    td.addClass("number");
                }
            }
        }
    }
}
