package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The login page: Vaadin's login form, the demo account list and the language switch. */
public final class LoginPage extends Page {

    public static final String PATH = "/login";
    private static final By USERNAME = By.cssSelector("#vaadinLoginUsername input");
    private static final By PASSWORD = By.cssSelector("#vaadinLoginPassword input");
    private static final String FORM_WRAPPER =
            "return document.querySelector('vaadin-login-form').shadowRoot.querySelector('vaadin-login-form-wrapper')";

    public LoginPage(Browser browser) {
        super(browser);
        browser.find(USERNAME);
    }

    public static LoginPage open(Browser browser) {
        browser.open(PATH);
        return new LoginPage(browser);
    }

    /** Whether the browser shows the login page (e.g. after being sent there). */
    public static boolean isShown(Browser browser) {
        browser.waitForVaadin();
        return browser.path().equals(PATH) && browser.isPresent(USERNAME);
    }

    /** Logs in with the right password and returns the page the app then shows. */
    public MainLayoutPage login(String username, String password) {
        submit(username, password);
        return new MainLayoutPage(browser);
    }

    /** Submits the form and waits for the next page (the start page or the login page again). */
    public void submit(String username, String password) {
        WebElement user = browser.find(USERNAME);
        user.clear();
        user.sendKeys(username);
        WebElement pass = browser.find(PASSWORD);
        pass.clear();
        pass.sendKeys(password);
        browser.waitForNewDocument(() -> pass.sendKeys(Keys.ENTER));
    }

    /** Submits the form expecting to be refused, and returns the login page shown then. */
    public LoginPage loginExpectingRefusal(String username, String password) {
        submit(username, password);
        return new LoginPage(browser);
    }

    /** Whether the page asks for the work e-mail first (some municipality logs in through its own provider). */
    public boolean asksForEmail() {
        browser.waitForVaadin();
        return browser.isPresent(By.id("sso-email"));
    }

    /** Types the work e-mail under "Log ind med kommunens login" and continues. */
    public void continueWithEmail(String email) {
        WebElement field = browser.find(By.cssSelector("#sso-email input"));
        field.clear();
        field.sendKeys(email);
        // No wait for Vaadin here: the click may send the browser on to the municipality's provider.
        browser.find(By.id("sso-continue")).click();
    }

    /** What the single sign-on section says (another way to log in, a refusal), or empty. */
    public String ssoMessage() {
        browser.waitForVaadin();
        WebElement message = browser.find(By.id("sso-message"));
        return message.isDisplayed() ? message.getText() : "";
    }

    /** Whether the form shows its error box. */
    public boolean errorShown() {
        browser.waitForVaadin();
        return Boolean.TRUE.equals(
                browser.script(FORM_WRAPPER + ".shadowRoot.querySelector('[part=error-message]').hidden === false;"));
    }

    public String errorTitle() {
        return browser.script(
                FORM_WRAPPER + ".shadowRoot.querySelector('[part=error-message-title]').textContent.trim();");
    }

    public String errorMessage() {
        return browser.script(
                FORM_WRAPPER + ".shadowRoot.querySelector('[part=error-message-description]').textContent.trim();");
    }

    /** The heading of the login form itself. */
    public String formTitle() {
        return browser.script(FORM_WRAPPER + ".querySelector('[slot=form-title]').textContent.trim();");
    }

    public String subtitle() {
        return browser.find(By.className("login-subtitle")).getText();
    }

    public String usernameLabel() {
        return browser.find(By.cssSelector("#vaadinLoginUsername label")).getText();
    }

    public String passwordLabel() {
        return browser.find(By.cssSelector("#vaadinLoginPassword label")).getText();
    }

    /** What a screen reader hears for the password field's show/hide button. */
    public String revealButtonLabel() {
        return browser.find(By.cssSelector("#vaadinLoginPassword vaadin-password-field-button"))
                .getAttribute("aria-label");
    }

    public String submitText() {
        return browser.find(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]"))
                .getText();
    }

    /** The user names the demo account list shows (empty when demo data is off). */
    public List<String> demoUsernames() {
        return texts(browser.findAll(By.cssSelector("#demo-accounts .demo-username")));
    }

    public String demoAccountsText() {
        return browser.find(By.id("demo-accounts")).getText();
    }

    public String languageSwitchText() {
        return browser.find(By.id("language-switch")).getText();
    }

    /** Switches the page to the other language (the page reloads). */
    public LoginPage switchLanguage() {
        WebElement button = browser.find(By.id("language-switch"));
        browser.waitForNewDocument(button::click);
        return new LoginPage(browser);
    }
}
