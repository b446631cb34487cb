package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;

/** "Øvelse efter kurset" on the caseworker's start page: the waiting question and its answer buttons. */
public final class PracticeCard {

    private final Browser browser;

    public PracticeCard(Browser browser) {
        this.browser = browser;
        browser.find(By.id("practice-card"));
    }

    public String question() {
        return browser.findVisible(By.id("practice-question")).getText();
    }

    /** The answers' keys in the order shown. */
    public List<String> answerKeys() {
        return browser.findAll(By.cssSelector("#practice-card .practice-choice")).stream()
                .map(b -> b.getDomAttribute("data-answer"))
                .toList();
    }

    /** Clicks the answer with this key and waits for the feedback. */
    public String answer(String key) {
        browser.click(By.cssSelector("#practice-card .practice-choice[data-answer='" + key + "']"));
        return browser.findVisible(By.cssSelector("#practice-card #practice-feedback"))
                .getDomAttribute("data-judgement");
    }

    public String counts() {
        return browser.findVisible(By.id("practice-counts")).getText();
    }
}
