package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The login form of a municipality's own provider (in the tests Spring Authorization Server's form on
 * {@code localhost}), where single sign-on sends the browser.
 */
public final class OpenIdProviderLoginPage {

    private final Browser browser;

    public OpenIdProviderLoginPage(Browser browser, String issuer) {
        this.browser = browser;
        // Not a Vaadin page: wait for the form itself.
        browser.waitUntil(d -> d.getCurrentUrl().startsWith(issuer + "/login"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    /** Logs in at the provider, which then sends the browser back to the platform. */
    public void login(String username, String password) {
        WebElement user = browser.driver().findElement(By.id("username"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = browser.driver().findElement(By.id("password"));
        pass.clear();
        pass.sendKeys(password);
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
    }
}
