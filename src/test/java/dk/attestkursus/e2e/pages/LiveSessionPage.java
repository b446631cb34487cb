package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * "I sessionen" on a caseworker's phone, the one page for the session: the live poll appears at the
 * top (the caseworker votes, the reveal follows) and the block the session is in below it.
 */
public final class LiveSessionPage extends MainLayoutPage {

    public static final String PATH = "/kursus/live";
    /** The former "Følg sessionen", which leads to this page. */
    public static final String OLD_PATH = "/kursus/session";

    public LiveSessionPage(Browser browser) {
        super(browser);
        browser.find(By.id("live-title"));
    }

    public static LiveSessionPage open(Browser browser) {
        browser.open(PATH);
        return new LiveSessionPage(browser);
    }

    /** Opens the old address, as a mail or bookmark would, and waits for this page. */
    public static LiveSessionPage openOldAddress(Browser browser) {
        browser.open(OLD_PATH);
        browser.waitUntil(d -> browser.path().equals(PATH));
        return new LiveSessionPage(browser);
    }

    /** Whether the page's entry in the side navigation shows an icon that is drawn (not an empty one). */
    public boolean menuIconDrawn() {
        browser.waitForVaadin();
        return Boolean.TRUE.equals(browser.script("""
                const icon = document.querySelector('#side-nav vaadin-side-nav-item[data-path="/kursus/live"] vaadin-icon');
                if (!icon || !icon.shadowRoot) { return false; }
                const svg = icon.shadowRoot.querySelector('svg');
                return !!svg && !!svg.querySelector('path, g > *, use, polygon, circle');"""));
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

    /** Waits until the page (updated by push) shows the session at the block with this title. */
    public LiveSessionPage waitForBlock(String title) {
        browser.waitUntil(d -> {
            try {
                return browser.isPresent(By.id("follow-block")) && title.equals(textOf(By.id("follow-block")));
            } catch (StaleElementReferenceException e) {
                return false; // redrawn by a push right now
            }
        });
        return this;
    }

    public String block() {
        return textOf(By.id("follow-block"));
    }
}
