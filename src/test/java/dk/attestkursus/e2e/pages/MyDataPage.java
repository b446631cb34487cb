package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Mine data" ({@code /mine-data}) or a person's data for their administrator: the parts and the ZIP. */
public final class MyDataPage extends MainLayoutPage {

    public static final String PATH = "/mine-data";

    public MyDataPage(Browser browser) {
        super(browser);
        browser.find(By.cssSelector("#my-data-download, #person-data-download, .lead"));
    }

    public static MyDataPage open(Browser browser) {
        browser.open(PATH);
        return new MyDataPage(browser);
    }

    public static MyDataPage openFor(Browser browser, long accountId) {
        browser.open("/admin/konti/" + accountId + "/persondata");
        return new MyDataPage(browser);
    }

    /** The features shown, by their keys, in the page's order. */
    public List<String> features() {
        return browser.findAll(By.cssSelector("[data-feature]")).stream()
                .map(e -> e.getDomAttribute("data-feature"))
                .toList();
    }

    /** Clicks the download link of "Mine data" or of the administrator's page. */
    public void download() {
        List<WebElement> links = browser.findAll(By.cssSelector("#my-data-download, #person-data-download"));
        links.getFirst().click();
    }

    /** Opens the erasure's confirmation and returns the lines that say what will go. */
    public List<String> openErasure() {
        browser.click(By.id("person-data-erase"));
        browser.findVisible(By.cssSelector("vaadin-confirm-dialog-overlay li, vaadin-confirm-dialog li"));
        return browser.findAll(By.cssSelector("vaadin-confirm-dialog li")).stream()
                .map(e -> e.getDomProperty("textContent").strip())
                .toList();
    }

    /** Confirms the open erasure dialog. */
    public void confirmErasure() {
        browser.click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        browser.waitUntil(d -> !browser.isPresent(By.id("person-data-erase")));
    }

    public String lead() {
        return textOf(By.cssSelector(".lead"));
    }
}
