package dk.attestkursus.results.ui;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Pdf;
import dk.attestkursus.results.Dashboard;
import dk.attestkursus.results.GroupRule;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The dashboard as a PDF report for a management meeting: the same tables, with the pictures as PNG. */
final class ReportPdf {

    private static final String CSS = """
            img.chart { width: 100%; margin: 4pt 0 8pt; }
            .notice { border: 1px solid #8a8a90; padding: 6pt; background: #f6f6f8; }
            """;

    private ReportPdf() {
    }

    static byte[] render(Dashboard d, ResultsPictures pictures, AppI18NProvider i18n, Locale locale, LocalDate today) {
        String title = i18n.getTranslation("results.title", locale);
        Document doc = Pdf.newDocument(title, Pdf.baseCss(false) + CSS);
        Element body = doc.body();
        body.appendElement("h1").text(title);
        body.appendElement("p").addClass("meta").text(ResultsTexts.scope(d, i18n, locale));
        body.appendElement("p").addClass("meta").text(i18n.getTranslation("results.pdf.made", locale,
                dk.attestkursus.base.Formats.localDate(today, locale, i18n)));
        body.appendElement("p").text(i18n.getTranslation("results.privacy", locale, GroupRule.MIN_PEOPLE));
        DashboardTables tables = new DashboardTables(i18n, locale);
        if (d.tooFew()) {
            body.appendElement("p").addClass("notice").text(i18n.getTranslation("results.tooFewPeople", locale,
                    GroupRule.MIN_PEOPLE, d.people()));
        }
        for (ResultTable table : tables.all(d)) {
            body.appendElement("h2").text(table.title());
            JFreeChart chart = pictures.chartFor(table.id(), d);
            if (chart != null) {
                body.appendElement("img").addClass("chart").attr("alt", pictures.altFor(table.id(), d))
                        .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(ResultsCharts.png(chart)));
            }
            appendTable(body, table);
        }
        return Pdf.render(doc);
    }

    private static void appendTable(Element body, ResultTable table) {
        if (table.rows().isEmpty()) {
            return;
        }
        Element t = body.appendElement("table");
        Element head = t.appendElement("thead").appendElement("tr");
        table.header().forEach(h -> head.appendElement("th").text(h));
        Element rows = t.appendElement("tbody");
        for (var row : table.rows()) {
            Element tr = rows.appendElement("tr");
            row.forEach(cell -> tr.appendElement("td").text(cell));
        }
    }
}
