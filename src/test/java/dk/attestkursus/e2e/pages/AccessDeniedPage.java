package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;

/** What a logged-in user sees on a view their role may not open. */
public final class AccessDeniedPage extends MainLayoutPage {

    public static final By TITLE = By.id("access-denied-title");

    public AccessDeniedPage(Browser browser) {
        super(browser);
        browser.find(TITLE);
    }

    public static boolean isShown(Browser browser) {
        return browser.isPresent(TITLE);
    }

    public String titleText() {
        return browser.find(TITLE).getText();
    }

    public String homeLinkText() {
        return browser.find(By.id("access-denied-home")).getText();
    }

    public void goHome() {
        clickAndWaitForPathChange(By.id("access-denied-home"));
    }
}
