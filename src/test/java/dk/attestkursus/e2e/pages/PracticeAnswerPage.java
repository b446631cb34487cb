package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;

/** A practice mail's answer link ({@code /oevelse?token=...&svar=...}), opened without logging in. */
public final class PracticeAnswerPage extends Page {

    public PracticeAnswerPage(Browser browser) {
        super(browser);
        browser.find(By.id("practice-answer"));
    }

    /** Opens the link as it stands in the mail (a whole address). */
    public static PracticeAnswerPage follow(Browser browser, String link) {
        browser.driver().get(link);
        browser.waitForVaadin();
        return new PracticeAnswerPage(browser);
    }

    /** {@code answered}, {@code used}, {@code expired}, {@code unknown} or {@code no_such_answer}. */
    public String state() {
        return browser.find(By.id("practice-answer")).getDomAttribute("data-state");
    }

    /** {@code right}, {@code defensible} or {@code wrong}, after an answer. */
    public String judgement() {
        return browser.find(By.id("practice-feedback")).getDomAttribute("data-judgement");
    }

    public String verdict() {
        return textOf(By.id("practice-verdict"));
    }

    public String explanation() {
        return textOf(By.id("practice-explanation"));
    }

    public String figure() {
        return textOf(By.id("practice-figure"));
    }

    /** What a used, expired or broken link says. */
    public String linkState() {
        return textOf(By.id("practice-link-state"));
    }

    /** Follows the link to the start page (which asks to log in first). */
    public LoginPage home() {
        browser.click(By.id("practice-home"));
        browser.waitUntil(d -> browser.path().equals("/login"));
        return new LoginPage(browser);
    }
}
