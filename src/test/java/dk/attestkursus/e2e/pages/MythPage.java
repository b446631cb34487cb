package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Myte eller fakta?" before the session: the list of myths and one myth with its answer. */
public final class MythPage extends MainLayoutPage {

    public static final String LIST_PATH = "/kursus/myter";

    public MythPage(Browser browser) {
        super(browser);
    }

    public static MythPage openList(Browser browser) {
        browser.open(LIST_PATH);
        browser.find(By.id("myth-list"));
        return new MythPage(browser);
    }

    /** The ids of the myths in the list. */
    public List<String> mythIds() {
        return browser.findAll(By.cssSelector("#myth-list [id^='open-']")).stream()
                .map(e -> e.getDomAttribute("id").substring("open-".length()))
                .toList();
    }

    /** "Du har svaret på 1 af 6." */
    public String status() {
        return browser.find(By.id("myths-status")).getText();
    }

    public MythPage openMyth(String mythId) {
        clickAndWaitForPathChange(By.id("open-" + mythId));
        browser.find(By.id("myth-statement"));
        return this;
    }

    public String statement() {
        return browser.find(By.id("myth-statement")).getText();
    }

    /** Submits without choosing and returns the error shown on the answer group. */
    public String submitWithoutChoosing() {
        browser.click(By.id("myth-submit"));
        return browser.waitUntil(d -> {
            String message = browser.find(By.id("myth-answer")).getDomProperty("errorMessage");
            boolean invalid =
                    Boolean.parseBoolean(browser.find(By.id("myth-answer")).getDomProperty("invalid"));
            return invalid ? message : null;
        });
    }

    /** Guesses (by the answer's label) with a confidence 1-5; returns the verdict shown. */
    public String guess(String answerLabel, int confidence) {
        chooseRadio("myth-answer", answerLabel);
        chooseRadio("myth-confidence", String.valueOf(confidence));
        browser.click(By.id("myth-submit"));
        return verdict();
    }

    public boolean canGuess() {
        return browser.isPresent(By.id("myth-submit"));
    }

    public String verdict() {
        return browser.findOnScreen(By.id("myth-verdict")).getText();
    }

    public String yourGuess() {
        return browser.find(By.id("myth-your-guess")).getText();
    }

    public String figure() {
        return browser.find(By.id("myth-figure")).getText();
    }

    public String explanation() {
        return browser.find(By.id("myth-explanation")).getText();
    }

    public String pictureAlt() {
        return browser.find(By.id("myth-picture")).getDomAttribute("alt");
    }

    /** Whether the picture was drawn: the browser decoded the image (width above 0). */
    public boolean pictureShown() {
        WebElement picture = browser.find(By.id("myth-picture"));
        return browser.waitUntil(
                d -> browser.<Number>script("return arguments[0].complete ? arguments[0].naturalWidth : 0;", picture)
                                .intValue()
                        > 0);
    }

    public MythPage next() {
        clickAndWaitForPathChange(By.id("myth-next"));
        return this;
    }
}
