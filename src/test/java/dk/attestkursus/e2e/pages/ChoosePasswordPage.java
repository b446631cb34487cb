package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;

/** The page a personal link opens: choose a password, or why the link does not work. */
public final class ChoosePasswordPage extends Page {

    public ChoosePasswordPage(Browser browser) {
        super(browser);
        browser.waitUntil(
                d -> browser.isPresent(By.id("choose-password")) || browser.isPresent(By.id("choose-problem")));
    }

    /** Opens a link from a mail (its path and query; the host in the mail is the server's own). */
    public static ChoosePasswordPage open(Browser browser, String link) {
        browser.open(link.substring(link.indexOf("/adgangskode")));
        return new ChoosePasswordPage(browser);
    }

    public boolean formShown() {
        return browser.isPresent(By.id("choose-password"));
    }

    public String problem() {
        return browser.find(By.id("choose-problem")).getText().strip();
    }

    /** Types the password twice and saves; returns the error at the password field, or "" when saved. */
    public String choose(String password, String repeat) {
        typeInto("choose-password", password);
        typeInto("choose-repeat", repeat);
        browser.click(By.id("choose-save"));
        browser.waitForVaadin();
        if (browser.isPresent(By.id("choose-done"))) {
            return "";
        }
        String error = browser.find(By.id("choose-password")).getDomProperty("errorMessage");
        return error == null || error.isBlank()
                ? browser.find(By.id("choose-repeat")).getDomProperty("errorMessage")
                : error;
    }

    public String username() {
        return browser.find(By.id("choose-username")).getText().strip();
    }
}
