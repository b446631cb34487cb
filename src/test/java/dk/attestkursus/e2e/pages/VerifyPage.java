package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** "Kontrollér et kursusbevis" ({@code /bevis} or {@code /bevis/<kode>}): the public verification page. */
public final class VerifyPage extends Page {

    public static final String PATH = "bevis";

    public VerifyPage(Browser browser) {
        super(browser);
        browser.find(By.id("verify-code"));
    }

    public static VerifyPage open(Browser browser, String code) {
        browser.open(PATH + (code.isEmpty() ? "" : "/" + code));
        return new VerifyPage(browser);
    }

    /** Types a code and presses Enter, as a user checks one. */
    public VerifyPage check(String code) {
        typeInto("verify-code", code);
        browser.find(By.cssSelector("#verify-code input")).sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        return new VerifyPage(browser);
    }

    public boolean hasResult() {
        return browser.isPresent(By.id("verify-result"));
    }

    public boolean isValid() {
        return "true".equals(browser.find(By.id("verify-result")).getDomAttribute("data-valid"));
    }

    public String result() {
        return textOf(By.id("verify-result"));
    }

    public String fieldError() {
        String error = browser.find(By.id("verify-code")).getDomProperty("errorMessage");
        return error == null ? "" : error;
    }
}
