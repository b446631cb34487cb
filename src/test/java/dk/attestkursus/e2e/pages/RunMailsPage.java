package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;

/**
 * "Holdets mails" ({@code /underviser/hold/<id>/mails}): a run's mails for its instructors, with the
 * reminders by hand to those who lack something (issue 27).
 */
public final class RunMailsPage extends MainLayoutPage {

    private static final By SEND = By.id("nudges-send");
    private static final By CONFIRM = By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']");

    public RunMailsPage(Browser browser) {
        super(browser);
        browser.find(By.id("nudges"));
    }

    public static RunMailsPage open(Browser browser, long runId) {
        browser.open("underviser/hold/" + runId + "/mails");
        return new RunMailsPage(browser);
    }

    /** What the reminders section says about the run now (the session ahead, a follow-up due ...). */
    public String intro() {
        return textOf(By.id("nudges-intro"));
    }

    /** The names of those who lack something, in their order. */
    public List<String> names() {
        return texts(browser.findAll(By.cssSelector("#nudges-people .nudge-name")));
    }

    /** What each of them lacks, in the same order. */
    public List<String> lacks() {
        return texts(browser.findAll(By.cssSelector("#nudges-people li .meta")));
    }

    /** The empty state, when nobody lacks anything ("" when someone does). */
    public String none() {
        return browser.isPresent(By.id("nudges-none")) ? textOf(By.id("nudges-none")) : "";
    }

    public String sendButton() {
        return browser.findVisible(SEND).getText();
    }

    public boolean canSend() {
        return browser.isPresent(SEND)
                && browser.find(SEND).isEnabled()
                && browser.find(SEND).getDomAttribute("disabled") == null;
    }

    /** Clicks the send button and returns what the confirmation says (its heading, text and buttons). */
    public String askToSend() {
        browser.click(SEND);
        browser.findVisible(CONFIRM);
        browser.waitForVaadin();
        return textOf(By.cssSelector("vaadin-confirm-dialog[opened]"));
    }

    /** Confirms the open confirmation and returns what the section then says. */
    public String confirm() {
        browser.click(CONFIRM);
        browser.waitUntil(d -> !textOf(By.id("nudges-status")).isEmpty());
        return status();
    }

    public String status() {
        return textOf(By.id("nudges-status"));
    }

    /** The line about the last reminder ("" when none went). */
    public String last() {
        return browser.isPresent(By.id("nudges-last")) ? textOf(By.id("nudges-last")) : "";
    }
}
