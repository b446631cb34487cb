package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * The instructors' live-poll panel ({@code #live-panel}), the same on the poll page and in the
 * facilitator view: state, votes (or why they are not shown), reveal, close. Waits never sleep:
 * each reads again until the push has arrived.
 */
public final class LivePollPanelElement {

    private final Browser browser;

    LivePollPanelElement(Browser browser) {
        this.browser = browser;
    }

    private String text(String id) {
        String text = browser.find(By.cssSelector("#live-panel #" + id)).getDomProperty("textContent");
        return text == null ? "" : text.strip();
    }

    /** Waits until the panel's element with this id reads {@code expected} (it may be redrawn by a push meanwhile). */
    public void waitForText(String id, String expected) {
        browser.waitUntil(d -> {
            try {
                return browser.isPresent(By.cssSelector("#live-panel #" + id)) && text(id).equals(expected);
            } catch (StaleElementReferenceException e) {
                return false; // replaced by a push right now
            }
        });
    }

    public boolean shown() {
        return browser.isPresent(By.cssSelector("#live-panel:not([hidden]) #live-state"));
    }

    public String state() {
        return browser.findOnScreen(By.cssSelector("#live-panel #live-state")).getText();
    }

    public String statement() {
        return browser.findOnScreen(By.cssSelector("#live-panel #live-statement"))
                .getText();
    }

    /** "I alt: 3" under the live votes. */
    public String total() {
        return text("live-counts-total");
    }

    /** "1 (100 %)" for an answer key: myth, fact or dont_know. */
    public String count(String answerKey) {
        return text("live-counts-" + answerKey);
    }

    public String beforeCount(String answerKey) {
        return text("before-counts-" + answerKey);
    }

    public String turnout() {
        return text("live-turnout");
    }

    public boolean hasTurnout() {
        return browser.isPresent(By.cssSelector("#live-panel #live-turnout"));
    }

    /** Why the live votes are not shown (the group rule), e.g. "Fordelingen vises, når mindst 5 har svaret." */
    public String withheld() {
        return text("live-counts-withheld");
    }

    public String beforeWithheld() {
        return text("before-counts-withheld");
    }

    public boolean hasCounts() {
        return browser.isPresent(By.cssSelector("#live-panel #live-counts-total"));
    }

    public void reveal() {
        browser.click(By.cssSelector("#live-panel #poll-reveal"));
        browser.find(By.cssSelector("#live-panel #myth-verdict"));
    }

    /** Waits until the answer is revealed (also by the co-instructor); returns the verdict. */
    public String verdict() {
        return browser.findOnScreen(By.cssSelector("#live-panel #myth-verdict")).getText();
    }

    public void close() {
        browser.click(By.cssSelector("#live-panel #poll-close"));
    }
}
