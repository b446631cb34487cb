package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The "Opret konto" dialog of the accounts view, and the password dialog that follows it. */
public final class CreateAccountDialog {

    public static final String NAME = "account-name";
    public static final String USERNAME = "account-username";
    public static final String EMAIL = "account-email";
    public static final String ROLE = "account-role";
    public static final String KIND = "account-kind";
    public static final String TEAM = "account-team";

    private final Browser browser;

    CreateAccountDialog(Browser browser) {
        this.browser = browser;
        browser.findVisible(By.cssSelector("#" + NAME + " input"));
    }

    public CreateAccountDialog name(String value) {
        return type(NAME, value);
    }

    public CreateAccountDialog username(String value) {
        return type(USERNAME, value);
    }

    public CreateAccountDialog email(String value) {
        return type(EMAIL, value);
    }

    private CreateAccountDialog type(String fieldId, String value) {
        WebElement input = browser.find(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(value);
        browser.waitForVaadin();
        return this;
    }

    /** Chooses an item of a select (role or instructor kind) by its label, as a user would. */
    public CreateAccountDialog choose(String selectId, String label) {
        browser.click(By.id(selectId));
        By item = By.xpath("//*[@id='" + selectId + "']//vaadin-select-list-box/vaadin-select-item[normalize-space(.)='"
                + label + "']");
        browser.waitUntil(ExpectedConditions.elementToBeClickable(item)).click();
        browser.waitUntil(d -> label.equals(selectedLabel(selectId)));
        return this;
    }

    /** The label the select shows as its value. */
    public String selectedLabel(String selectId) {
        browser.waitForVaadin();
        return browser.script(
                "const v = arguments[0].querySelector('[slot=value] vaadin-select-item');"
                        + " return v ? v.textContent.trim() : '';",
                browser.find(By.id(selectId)));
    }

    /** Picks the team by typing its name and choosing the match from the list. */
    public CreateAccountDialog team(String displayName) {
        WebElement input = browser.find(By.cssSelector("#" + TEAM + " input"));
        input.clear();
        input.sendKeys(displayName);
        By item = By.xpath("//*[@id='" + TEAM + "']//vaadin-combo-box-item[normalize-space(.)='" + displayName + "']");
        browser.waitUntil(ExpectedConditions.elementToBeClickable(item)).click();
        browser.waitForVaadin();
        browser.waitUntil(d -> displayName.equals(input.getDomProperty("value")));
        return this;
    }

    public boolean fieldVisible(String fieldId) {
        browser.waitForVaadin();
        return browser.findAll(By.id(fieldId)).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Whether the field is marked invalid. */
    public boolean invalid(String fieldId) {
        browser.waitForVaadin();
        return browser.find(By.id(fieldId)).getDomAttribute("invalid") != null;
    }

    /** The error message shown beside the field ("" when none). */
    public String error(String fieldId) {
        browser.waitForVaadin();
        return browser.findAll(By.cssSelector("#" + fieldId + " > [slot=error-message]")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    /** What the field holds now. */
    public String value(String fieldId) {
        return browser.find(By.cssSelector("#" + fieldId + " input")).getDomProperty("value");
    }

    /** Clicks "Gem"; the dialog stays open when the input is refused. */
    public void save() {
        browser.click(By.id("account-save"));
    }

    public boolean open() {
        browser.waitForVaadin();
        return browser.findAll(By.cssSelector("#" + NAME + " input")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** After a successful save: the generated password the second dialog shows once. */
    public String generatedPassword() {
        return browser.findVisible(By.id("generated-password")).getText().strip();
    }

    /** Closes the password dialog. */
    public void closePasswordDialog() {
        browser.click(By.id("password-close"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("generated-password")));
    }
}
