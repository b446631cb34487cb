package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;

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

    public FacilitatorPage start() {
        browser.click(By.id("session-start"));
        browser.waitUntil(d -> browser.isPresent(By.id("current-title")));
        return this;
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
        browser.waitUntil(d -> !textOf(By.id("current-title")).equals(before));
        return this;
    }

    /** Waits until this screen (updated by push, not reloaded) shows the block with the given title. */
    public FacilitatorPage waitForBlock(String title) {
        browser.waitUntil(d -> browser.isPresent(By.id("current-title")) && title.equals(textOf(By.id("current-title"))));
        return this;
    }

    /** Opens one of the current block's myths as the live poll. */
    public FacilitatorPage openPoll(String mythId) {
        browser.click(By.cssSelector("[data-poll='" + mythId + "']"));
        browser.waitUntil(d -> browser.find(By.cssSelector("[data-poll='" + mythId + "']")).getDomAttribute("disabled")
                != null);
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
