package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;

/** The page any unknown address shows. */
public final class NotFoundPage extends Page {

    private static final By TITLE = By.id("not-found-title");

    public NotFoundPage(Browser browser) {
        super(browser);
        browser.find(TITLE);
    }

    public static NotFoundPage open(Browser browser, String path) {
        browser.open(path);
        return new NotFoundPage(browser);
    }

    public String titleText() {
        return browser.find(TITLE).getText();
    }

    public String homeLinkText() {
        return browser.find(By.id("not-found-home")).getText();
    }

    /** Follows the way home; the app decides where that leads (login or the start page). */
    public void goHome() {
        clickAndWaitForPathChange(By.id("not-found-home"));
    }
}
