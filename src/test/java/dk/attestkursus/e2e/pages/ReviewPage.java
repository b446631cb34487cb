package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The instructors' review queue and the review of one version with the rubric. */
public final class ReviewPage extends MainLayoutPage {

    public static final String QUEUE_PATH = "/underviser/anmodninger";

    public ReviewPage(Browser browser) {
        super(browser);
    }

    public static ReviewPage openQueue(Browser browser) {
        browser.open(QUEUE_PATH);
        browser.find(By.id("review-queue"));
        return new ReviewPage(browser);
    }

    public String waiting() {
        return textOf(By.id("reviews-waiting"));
    }

    /** Opens the first version in the queue. */
    public ReviewPage openFirst() {
        clickAndWaitForPathChange(By.cssSelector("#review-queue .queue-card a"));
        browser.find(By.id("rubric"));
        return this;
    }

    public String requestText() {
        return textOf(By.cssSelector(".request-view"));
    }

    public ReviewPage score(String criterion, int score, String comment) {
        chooseRadio("score-" + criterion, score + ":");
        WebElement area = browser.find(By.cssSelector("#comment-" + criterion + " textarea"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", area);
        area.sendKeys(comment);
        return this;
    }

    public ReviewPage gpReading(String text) {
        WebElement area = browser.find(By.cssSelector("#review-gp textarea"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", area);
        area.sendKeys(text);
        return this;
    }

    public ReviewPage returnFeedback() {
        browser.click(By.id("review-return"));
        browser.waitUntil(d -> textOf(By.id("review-who")).contains("retur"));
        return this;
    }

    public String who() {
        return textOf(By.id("review-who"));
    }
}
