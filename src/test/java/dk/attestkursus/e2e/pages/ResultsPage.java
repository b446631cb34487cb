package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.openqa.selenium.By;

/** "Resultater af kurset" ({@code /leder/resultater}): the leader's dashboard. */
public final class ResultsPage extends MainLayoutPage {

    public static final String PATH = "leder/resultater";

    public ResultsPage(Browser browser) {
        super(browser);
        browser.find(By.cssSelector("h1"));
    }

    public static ResultsPage open(Browser browser, String query) {
        browser.open(PATH + query);
        return new ResultsPage(browser);
    }

    /**
     * The cells of a table's rows (the first cell is the row heading), by table id, e.g. "kvalitet";
     * read whether or not the table is folded away.
     */
    public List<List<String>> rows(String tableId) {
        return browser.findAll(By.cssSelector("#table-" + tableId + " tbody tr")).stream()
                .map(tr -> tr.findElements(By.cssSelector("th, td")).stream()
                        .map(cell -> String.valueOf(cell.getDomProperty("textContent"))
                                .strip())
                        .toList())
                .toList();
    }

    /** The column headings of a table, by table id. */
    public List<String> header(String tableId) {
        return browser.findAll(By.cssSelector("#table-" + tableId + " thead th")).stream()
                .map(th -> String.valueOf(th.getDomProperty("textContent")).strip())
                .toList();
    }

    /** The headline the results open with. */
    public String headline() {
        return textOf(By.id("results-headline"));
    }

    /** Which runs the figures cover, as the page says it. */
    public String coverage() {
        return textOf(By.id("results-scope"));
    }

    /** Whether the element is wholly inside the window without scrolling. */
    public boolean isOnScreen(String id) {
        return Boolean.TRUE.equals(browser.script("""
                const r = arguments[0].getBoundingClientRect();
                return r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight
                    && r.right <= window.innerWidth;
                """, browser.find(By.id(id))));
    }

    /** Unfolds every table, as a reader clicking each "show the figures" would. */
    public ResultsPage openAllTables() {
        for (var summary : browser.findAll(By.cssSelector("vaadin-details:not([opened]) > vaadin-details-summary"))) {
            browser.script("arguments[0].scrollIntoView({block: 'center'});", summary);
            summary.click();
        }
        browser.waitForVaadin();
        return this;
    }

    /** The height of everything the page shows, from its top (the layout scrolls its content area). */
    public int contentHeight() {
        browser.script("arguments[0].scrollIntoView({block: 'end'});", browser.find(By.tagName("vaadin-app-layout")));
        browser.script("document.querySelector('h1').scrollIntoView({block: 'start'});");
        Number height = browser.script("""
                const main = document.getElementById('main-content');
                const content = main ? main.getBoundingClientRect().top + main.scrollHeight : 0;
                return Math.max(document.documentElement.scrollHeight, content);
                """);
        return height.intValue();
    }

    public boolean hasChart(String tableId) {
        return browser.isPresent(By.id("chart-" + tableId));
    }

    /** The SVG a chart is drawn with (the page shows it as an image with a data address). */
    public String chartSvg(String id) {
        String src = browser.find(By.id("chart-" + id)).getDomAttribute("src");
        String base64 = src.substring(src.indexOf(',') + 1);
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    /** The SVG a phone gets for a chart (the picture's narrow source), and whether the browser shows it now. */
    public String narrowChartSvg(String id) {
        String srcset = browser.find(By.cssSelector(".result-chart:has(#chart-" + id + ") source"))
                .getDomAttribute("srcset");
        String base64 = srcset.substring(srcset.indexOf(',') + 1).strip();
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    public boolean showsNarrowChart(String id) {
        String srcset = browser.find(By.cssSelector(".result-chart:has(#chart-" + id + ") source"))
                .getDomAttribute("srcset");
        return srcset.strip()
                .equals(browser.script("return arguments[0].currentSrc;", browser.find(By.id("chart-" + id))));
    }

    /** The ids of every chart on the page ("kvalitet", "udtraek", ...). */
    public List<String> chartIds() {
        return browser.findAll(By.cssSelector(".result-chart img")).stream()
                .map(img -> img.getDomAttribute("id").substring("chart-".length()))
                .toList();
    }

    public String chartAlt(String tableId) {
        return browser.find(By.id("chart-" + tableId)).getDomAttribute("alt");
    }

    public boolean isPresent(String id) {
        return browser.isPresent(By.id(id));
    }

    public String text(String id) {
        return textOf(By.id(id));
    }

    /** Opens the extract dialog (if closed) and chooses the file. */
    public ResultsPage uploadExtract(Path file) {
        if (!browser.isPresent(By.id("extract-upload"))) {
            browser.click(By.id("extract-open"));
        }
        chooseFile(By.id("extract-upload"), file);
        browser.waitUntil(
                d -> browser.isPresent(By.id("extract-summary")) || browser.isPresent(By.id("extract-problems")));
        browser.waitForVaadin();
        return this;
    }

    public List<String> extractProblems() {
        return texts(browser.findAll(By.cssSelector("#extract-problems li")));
    }

    public boolean canStoreExtract() {
        browser.waitForVaadin();
        return browser.find(By.id("extract-confirm")).getDomAttribute("disabled") == null;
    }

    public ResultsPage storeExtract() {
        browser.click(By.id("extract-confirm"));
        browser.waitUntil(d -> !browser.isPresent(By.id("extract-upload")));
        browser.waitForVaadin();
        return new ResultsPage(browser);
    }

    public byte[] pdfReport() {
        return download(By.id("results-pdf"));
    }

    public byte[] csv(String tableId) {
        return download(By.id("csv-" + tableId));
    }

    /** Deletes the team's extract, confirming in the dialog. */
    public ResultsPage deleteExtract() {
        browser.click(By.id("extract-delete"));
        browser.click(By.cssSelector("#extract-delete-dialog [slot='confirm-button']"));
        browser.waitUntil(d -> !browser.isPresent(By.id("extract-delete")));
        browser.waitForVaadin();
        return new ResultsPage(browser);
    }
}
