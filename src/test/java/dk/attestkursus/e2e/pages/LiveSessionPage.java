package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;

/** "I sessionen" on a caseworker's phone: the live poll appears, the caseworker votes, the reveal follows. */
public final class LiveSessionPage extends MainLayoutPage {

    public static final String PATH = "/kursus/live";

    public LiveSessionPage(Browser browser) {
        super(browser);
    }

    public static LiveSessionPage open(Browser browser) {
        browser.open(PATH);
        browser.find(By.id("live-title"));
        return new LiveSessionPage(browser);
    }

    public String waiting() {
        return browser.findOnScreen(By.id("live-waiting")).getText();
    }

    /** Waits (without reloading) until a poll's statement is on the screen, and returns it. */
    public String statement() {
        return browser.findOnScreen(By.id("live-statement")).getText();
    }

    public boolean canVote() {
        return browser.isPresent(By.id("vote-myth"));
    }

    /** Votes by the answer's key: myth, fact or dont_know. */
    public LiveSessionPage vote(String answerKey) {
        browser.click(By.id("vote-" + answerKey));
        browser.find(By.id("live-your-vote"));
        return this;
    }

    public String yourVote() {
        return browser.findOnScreen(By.id("live-your-vote")).getText();
    }

    /** Waits until the instructors reveal the answer; returns the verdict. */
    public String verdict() {
        return browser.findOnScreen(By.id("myth-verdict")).getText();
    }

    /** Waits until the instructors close the poll; returns the message. */
    public String closed() {
        return browser.findOnScreen(By.id("live-closed")).getText();
    }
}
