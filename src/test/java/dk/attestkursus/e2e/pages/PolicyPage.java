package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;

/**
 * A text of the platform about itself (issue 25): the public privacy notice and accessibility statement,
 * and the administrators' record of processing. Heading, dates, the text, and the links under it.
 */
public final class PolicyPage extends Page {

    public static final String PRIVACY_NOTICE = "/privatliv";
    public static final String ACCESSIBILITY_STATEMENT = "/tilgaengelighed";
    public static final String PROCESSING_RECORD = "/admin/fortegnelse";
    public static final By PRIVACY_LINK = By.id("policy-link-privacy");
    public static final By ACCESSIBILITY_LINK = By.id("policy-link-accessibility");
    private static final By TITLE = By.id("policy-title");

    public PolicyPage(Browser browser) {
        super(browser);
        browser.find(By.id("policy-body"));
    }

    public static PolicyPage open(Browser browser, String path) {
        browser.open(path);
        return new PolicyPage(browser);
    }

    /** Follows a link to a text (the login page's, a footer's) and returns the text's page. */
    public static PolicyPage follow(Page from, By link) {
        from.clickAndWaitForPathChange(link);
        return new PolicyPage(from.browser());
    }

    public String titleText() {
        return browser.find(TITLE).getText();
    }

    public String dates() {
        return textOf(By.id("policy-dates"));
    }

    /** The text itself, as plain text. */
    public String body() {
        return textOf(By.id("policy-body"));
    }

    /** The language the text declares (it is Danish whatever the page's language). */
    public String bodyLanguage() {
        return browser.find(By.id("policy-body")).getDomAttribute("lang");
    }

    /** "Til forsiden": the login page for a stranger, the start page for a logged-in user. */
    public void back() {
        clickAndWaitForPathChange(By.id("policy-back"));
    }

    public PolicyPage followLink(By link) {
        return follow(this, link);
    }
}
