package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.nio.file.Path;
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

    /** The cells of a table's rows (the first cell is the row heading), by table id, e.g. "kvalitet". */
    public List<List<String>> rows(String tableId) {
        return browser.findAll(By.cssSelector("#results-" + tableId + " tbody tr")).stream()
                .map(tr -> texts(tr.findElements(By.cssSelector("th, td")))).toList();
    }

    public boolean hasChart(String tableId) {
        return browser.isPresent(By.id("chart-" + tableId));
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
        browser.waitUntil(d -> browser.isPresent(By.id("extract-summary")) || browser.isPresent(By.id("extract-problems")));
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
