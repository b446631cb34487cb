package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Kommunens login" ({@code /admin/kommunens-login}): a municipal administrator's single sign-on. */
public final class SingleSignOnPage extends MainLayoutPage {

    public static final String PATH = "/admin/kommunens-login";

    public SingleSignOnPage(Browser browser) {
        super(browser);
        browser.find(By.id("sso-save"));
    }

    public static SingleSignOnPage open(Browser browser) {
        browser.open(PATH);
        return new SingleSignOnPage(browser);
    }

    /** Fills the form as an administrator would (the checkbox is set to {@code passwordLogin}) and saves. */
    public SingleSignOnPage save(String issuer, String clientId, String secret, String domains, boolean passwordLogin) {
        typeInto("sso-issuer", issuer);
        typeInto("sso-client-id", clientId);
        typeInto("sso-client-secret", secret);
        WebElement area = browser.find(By.cssSelector("#sso-domains textarea"));
        area.clear();
        area.sendKeys(domains);
        WebElement box = browser.find(By.id("sso-password-login"));
        if (Boolean.parseBoolean(box.getDomProperty("checked")) != passwordLogin) {
            browser.click(By.cssSelector("#sso-password-login > label"));
        }
        browser.click(By.id("sso-save"));
        browser.waitForVaadin();
        return this;
    }

    /** The error shown beside a field ({@code sso-issuer}, {@code sso-domains}, ...), or empty. */
    public String errorOf(String fieldId) {
        WebElement field = browser.find(By.id(fieldId));
        return Boolean.parseBoolean(field.getDomProperty("invalid")) ? field.getDomProperty("errorMessage") : "";
    }

    /** The error under "passwords too", or empty. */
    public String passwordLoginError() {
        browser.waitForVaadin();
        WebElement error = browser.find(By.id("sso-password-login-error"));
        return error.isDisplayed() ? error.getText() : "";
    }

    /** The ids of the fields marked invalid. */
    public java.util.List<String> invalidFields() {
        browser.waitForVaadin();
        return browser.findAll(By.cssSelector("[id^='sso-'][invalid]")).stream()
                .map(e -> e.getDomAttribute("id"))
                .toList();
    }

    /** The status line: not set up, or on for which domains. */
    public String status() {
        browser.waitForVaadin();
        return browser.find(By.id("sso-status")).getDomProperty("textContent").strip();
    }

    /** The redirect address the administrator gives the provider. */
    public String redirectAddress() {
        return browser.find(By.id("sso-redirect")).getDomProperty("value");
    }
}
