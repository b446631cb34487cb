package dk.attestkursus.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.results.Dashboard;
import dk.attestkursus.results.DemoExtract;
import dk.attestkursus.results.ResultsService;
import dk.attestkursus.testsupport.AccessiblePdf;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.MatchedPattern;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openpdf.text.pdf.parser.PdfTextLocator;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo leader's PDF report as printed: no heading left at the foot of a page with what it heads on
 * the next, a table that goes on over a page repeats its header row, nothing runs past the right
 * margin, and a heading never stands with nothing under it.
 */
@IntegrationTest
class ReportPdfIT {

    static final Locale DA = Locale.of("da");
    /** A4 is 595 pt wide; the report's margin is 18 mm (51 pt). */
    static final float RIGHT_EDGE = 595.3f - 51.0f;

    @Autowired
    ResultsService results;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AppI18NProvider i18n;

    @Test
    void no_page_ends_with_a_heading_and_a_table_going_on_over_a_page_repeats_its_header() throws IOException {
        byte[] pdf = withExtract(DemoExtract.bytes(30), this::report);
        keep(pdf, "resultater-30-maaneder.pdf");

        List<List<String>> pages = pages(pdf);
        Set<String> headings = headings();
        for (int p = 0; p < pages.size() - 1; p++) {
            List<String> lines = pages.get(p);
            assertThat(headings)
                    .as("the last line of page %d (%s) is a heading", p + 1, lines)
                    .doesNotContain(lines.getLast());
        }
        String monthHeader = i18n.getTranslation("results.col.month", DA);
        List<Integer> monthPages = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).stream().anyMatch(l -> l.matches("\\d{4}-\\d{2}\\s*LÆ \\d{3}.*"))) {
                monthPages.add(p + 1);
                assertThat(pages.get(p))
                        .as("page %d holds month rows without the table's header", p + 1)
                        .anyMatch(l -> l.startsWith(monthHeader + " "));
            }
        }
        assertThat(monthPages)
                .as("the months table goes on over a page in this test")
                .hasSizeGreaterThan(1);
    }

    @Test
    void nothing_runs_past_the_right_margin() throws IOException {
        byte[] pdf = withExtract(DemoExtract.bytes(), this::report);
        keep(pdf, "resultater.pdf");

        PdfReader reader = new PdfReader(pdf);
        PdfTextLocator locator = new PdfTextLocator(reader);
        List<String> outside = new ArrayList<>();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            for (MatchedPattern word : locator.searchPage(p, "\\S+")) {
                if (word.getCoordinates()[2] > RIGHT_EDGE + 1) {
                    outside.add("page " + p + ": " + word.getText() + " " + Arrays.toString(word.getCoordinates()));
                }
            }
        }
        assertThat(outside).as("text past the right margin").isEmpty();
    }

    @Test
    void without_an_extract_no_heading_stands_with_nothing_under_it() throws IOException {
        fixtures.as("leder", () -> results.deleteExtract(null));
        List<String> lines = pages(report()).stream().flatMap(List::stream).toList();

        Set<String> headings = headings();
        assertThat(headings).as("the last line of the report").doesNotContain(lines.getLast());
        for (int i = 0; i < lines.size() - 1; i++) {
            if (headings.contains(lines.get(i))) {
                assertThat(headings)
                        .as("heading %s followed by heading %s", lines.get(i), lines.get(i + 1))
                        .doesNotContain(lines.get(i + 1));
            }
        }
        assertThat(String.join("\n", lines)).contains(i18n.getTranslation("results.empty.udtraek-foer-efter", DA));
    }

    @Test
    void the_report_is_a_danish_document_and_prints_each_pictures_text_alternative() {
        record Printed(byte[] pdf, List<String> alternatives) {}
        Printed printed = withExtract(DemoExtract.bytes(), () -> {
            Dashboard d = fixtures.as("leder", () -> results.dashboard(null, null));
            List<String> alternatives = new ResultsSections(i18n, DA)
                    .of(d).stream()
                            .filter(section -> section.chart() != null)
                            .map(ResultsSections.Section::alt)
                            .toList();
            return new Printed(ReportPdf.render(d, i18n, DA, LocalDate.now(TimeConfig.ZONE)), alternatives);
        });

        AccessiblePdf.assertAccessible(printed.pdf(), i18n.getTranslation("results.title", DA), "da-DK");
        // Flying Saucer 10.3.0 drops an image's alt text, so the report prints it (decision 027).
        String text = String.join(
                        " ", pages(printed.pdf()).stream().flatMap(List::stream).toList())
                .replaceAll("\\s+", " ");
        assertThat(printed.alternatives()).as("the demo report has pictures").hasSizeGreaterThan(1);
        printed.alternatives().forEach(alt -> assertThat(text).contains(alt));
    }

    private byte[] report() {
        Dashboard d = fixtures.as("leder", () -> results.dashboard(null, null));
        return ReportPdf.render(d, i18n, DA, LocalDate.now(TimeConfig.ZONE));
    }

    private <T> T withExtract(byte[] extract, Supplier<T> action) {
        fixtures.as("leder", () -> results.importExtract(null, extract));
        try {
            return action.get();
        } finally {
            fixtures.as("leder", () -> results.deleteExtract(null));
        }
    }

    /** Saves the report under target/results-look to look at (e.g. with pdftoppm). */
    private static void keep(byte[] pdf, String name) throws IOException {
        Path dir = Path.of("target", "results-look");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }

    /** Each page's lines of text, blank lines left out. */
    static List<List<String>> pages(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<List<String>> pages = new ArrayList<>();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                pages.add(extractor
                        .getTextFromPage(p)
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every heading the report can print: the titles of its tables and sections, in Danish. */
    static Set<String> headings() {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "vaadin-i18n.translations",
                Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return Collections.list(bundle.getKeys()).stream()
                .filter(k -> k.startsWith("results.table.") || k.startsWith("results.section."))
                .map(bundle::getString)
                .collect(Collectors.toSet());
    }
}
