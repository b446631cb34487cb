package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/** The facilitator view of a run's session. */
public class FacilitatorPage extends MainLayoutPage {

    public FacilitatorPage(Browser browser) {
        super(browser);
        browser.find(By.id("session-live"));
    }

    public static FacilitatorPage open(Browser browser, long runId) {
        browser.open("underviser/session/" + runId);
        return new FacilitatorPage(browser);
    }

    /** Starts the session, confirming the question a session more than a day early asks. */
    public FacilitatorPage start() {
        browser.click(By.id("session-start"));
        browser.waitUntil(d -> browser.isPresent(By.id("current-title")) || earlyQuestionOpen());
        if (earlyQuestionOpen()) {
            browser.click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
            browser.waitUntil(d -> browser.isPresent(By.id("current-title")));
        }
        return this;
    }

    /** Asks to start; returns the question shown for a session more than a day away, or "" if it started. */
    public String startExpectingQuestion() {
        browser.click(By.id("session-start"));
        browser.waitUntil(d -> browser.isPresent(By.id("current-title")) || earlyQuestionOpen());
        return earlyQuestionOpen() ? textOf(By.cssSelector("vaadin-confirm-dialog[opened]")) : "";
    }

    /** Answers the open question with "no": the session stays not started. */
    public FacilitatorPage keepWaiting() {
        browser.click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='cancel-button']"));
        browser.waitUntil(d -> !earlyQuestionOpen());
        return this;
    }

    public boolean started() {
        browser.waitForVaadin();
        return browser.isPresent(By.id("current-title"));
    }

    private boolean earlyQuestionOpen() {
        return browser.isPresent(By.cssSelector("vaadin-confirm-dialog[opened]"));
    }

    public String currentTitle() {
        browser.waitForVaadin();
        return textOf(By.id("current-title"));
    }

    public String currentLead() {
        return textOf(By.id("current-lead"));
    }

    public String timer() {
        return textOf(By.id("block-timer"));
    }

    public boolean hasPrompts() {
        return browser.isPresent(By.id("current-prompts"));
    }

    /** Moves on to the next block and waits until this screen shows it. */
    public FacilitatorPage advance() {
        String before = currentTitle();
        browser.click(By.id("session-advance"));
        browser.waitUntil(d -> {
            String now = titleNow();
            return now != null && !now.equals(before);
        });
        return this;
    }

    /** Waits until this screen (updated by push, not reloaded) shows the block with the given title. */
    public FacilitatorPage waitForBlock(String title) {
        browser.waitUntil(d -> title.equals(titleNow()));
        return this;
    }

    /** The current block's title, or null while it is not there or being redrawn (a poll or block change). */
    private String titleNow() {
        try {
            return browser.isPresent(By.id("current-title")) ? textOf(By.id("current-title")) : null;
        } catch (StaleElementReferenceException e) {
            return null;
        }
    }

    /** Opens one of the current block's myths as the live poll, and waits until this screen runs it. */
    public FacilitatorPage openPoll(String mythId) {
        browser.click(By.cssSelector("[data-poll='" + mythId + "']"));
        browser.waitUntil(d -> !browser.isPresent(By.cssSelector("[data-poll='" + mythId + "']"))
                && browser.isPresent(By.cssSelector("#live-panel:not([hidden]) #live-state")));
        return this;
    }

    /** Whether the current block offers to open this myth as a poll (not while it is live). */
    public boolean offersPoll(String mythId) {
        return browser.isPresent(By.cssSelector("[data-poll='" + mythId + "']"));
    }

    /** Waits (without reloading) until the current block offers this myth as a poll again. */
    public FacilitatorPage waitUntilOffered(String mythId) {
        browser.waitUntil(d -> browser.isPresent(By.cssSelector("[data-poll='" + mythId + "']")));
        return this;
    }

    /** The live poll's panel on this view: votes, reveal, close. */
    public LivePollPanelElement poll() {
        return new LivePollPanelElement(browser);
    }

    /** Waits (without reloading) until a poll opened on either screen is shown here. */
    public LivePollPanelElement waitForPoll() {
        browser.waitUntil(d -> browser.isPresent(By.cssSelector("#live-panel:not([hidden]) #live-state")));
        return poll();
    }

    /** Waits (without reloading) until no poll is shown here any more. */
    public FacilitatorPage waitForNoPoll() {
        browser.waitUntil(d -> !browser.isPresent(By.cssSelector("#live-panel:not([hidden]) #live-state")));
        return this;
    }

    /** Moves the projector to the next slide of the current block. */
    public FacilitatorPage nextSlide() {
        String before = textOf(By.id("slide-position"));
        browser.click(By.id("slide-next"));
        browser.waitUntil(d -> !textOf(By.id("slide-position")).equals(before));
        return this;
    }

    public byte[] runbookPdf() {
        return download(By.id("runbook-pdf"));
    }

    public FacilitatorPage saveNotes(String taker, String text) {
        typeInto("note-taker", taker);
        typeInto("notes-text", text);
        browser.click(By.id("notes-save"));
        browser.waitUntil(d -> !textOf(By.id("notes-saved")).isEmpty());
        return this;
    }

    public String notesError() {
        browser.waitForVaadin();
        return browser.find(By.id("notes-text")).getDomProperty("errorMessage");
    }
}
