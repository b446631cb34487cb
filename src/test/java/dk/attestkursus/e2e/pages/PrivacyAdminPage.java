package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** "Persondata" ({@code /admin/persondata}): retention over time and the access log, for administrators. */
public final class PrivacyAdminPage extends MainLayoutPage {

    public static final String PATH = "/admin/persondata";

    public PrivacyAdminPage(Browser browser) {
        super(browser);
        browser.find(By.id("privacy-access-log-shown"));
    }

    public static PrivacyAdminPage open(Browser browser) {
        browser.open(PATH);
        return new PrivacyAdminPage(browser);
    }

    /** The text of the retention section ("Sletning efter tid"). */
    public String retention() {
        return textOf(By.id("privacy-retention"));
    }

    /** The section headings, in order. */
    public List<String> sectionHeadings() {
        return browser.findAll(By.cssSelector("section h2")).stream()
                .map(h -> (String) browser.script("return arguments[0].textContent.trim();", h))
                .toList();
    }

    /** The status line saying how many rows the log shows. */
    public String shown() {
        return textOf(By.id("privacy-access-log-shown"));
    }

    /** The texts of the log's cells (row headers included). */
    public List<String> cells() {
        browser.waitForVaadin();
        return browser
                .findAll(By.cssSelector("#privacy-access-log-table tbody th, #privacy-access-log-table td"))
                .stream()
                .map(c -> c.getDomProperty("textContent"))
                .toList();
    }

    /** Shows only the rows by or about the person whose name is typed. */
    public PrivacyAdminPage filterBy(String name) {
        WebElement input = browser.find(By.cssSelector("#privacy-access-log-person input"));
        input.sendKeys(name);
        browser.waitForVaadin();
        input.sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        return this;
    }
}
