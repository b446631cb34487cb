package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/** The instructors' myth polls: open a myth, watch the votes, reveal, close. */
public final class PollHostPage extends MainLayoutPage {

    public static final String PATH = "/underviser/myter";

    public PollHostPage(Browser browser) {
        super(browser);
    }

    public static PollHostPage open(Browser browser) {
        browser.open(PATH);
        browser.find(By.id("live-panel"));
        return new PollHostPage(browser);
    }

    /** The live poll's panel. */
    public LivePollPanelElement panel() {
        return new LivePollPanelElement(browser);
    }

    /** The myth card's line "Før kurset: 0 myte · 1 fakta · 0 ved ikke" (or why it is not shown). */
    public String beforeLine(String mythId) {
        return textOf(By.id("before-line-" + mythId));
    }

    public PollHostPage openPoll(String mythId) {
        browser.click(By.id("open-poll-" + mythId));
        browser.find(By.id("live-state"));
        return this;
    }

    public String liveStatement() {
        return browser.findOnScreen(By.id("live-statement")).getText();
    }

    public String state() {
        return browser.findOnScreen(By.id("live-state")).getText();
    }

    /** "I alt: 3" under the live votes. */
    public String liveTotal() {
        return textOf(By.id("live-counts-total"));
    }

    /** Waits (without reloading) until the live total reads {@code text}. */
    public void waitForLiveTotal(String text) {
        browser.waitUntil(d -> {
            try {
                return textOf(By.id("live-counts-total")).equals(text);
            } catch (StaleElementReferenceException e) {
                return false; // replaced by a push right now
            }
        });
    }

    /** "1 (100 %)" for an answer key: myth, fact or dont_know. */
    public String liveCount(String answerKey) {
        return textOf(By.id("live-counts-" + answerKey));
    }

    public String beforeCount(String answerKey) {
        return textOf(By.id("before-counts-" + answerKey));
    }

    public String turnout() {
        return textOf(By.id("live-turnout"));
    }

    public PollHostPage reveal() {
        browser.click(By.id("poll-reveal"));
        browser.find(By.cssSelector("#live-panel #myth-verdict"));
        return this;
    }

    public PollHostPage close() {
        browser.click(By.id("poll-close"));
        browser.find(By.id("live-none"));
        return this;
    }

    public String none() {
        return browser.findOnScreen(By.id("live-none")).getText();
    }
}
