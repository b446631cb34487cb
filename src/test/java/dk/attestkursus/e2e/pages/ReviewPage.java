package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
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

    /** Shows the queue of another run (the select is there when the instructor teaches more than one). */
    public ReviewPage chooseRun(String nameStart) {
        browser.click(By.id("reviews-run"));
        WebElement item = browser.findAll(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().strip().startsWith(nameStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no run " + nameStart));
        item.click();
        browser.waitForVaadin();
        browser.find(By.id("reviews-waiting"));
        return this;
    }

    /** The status text of each card in the queue, in order (waiting first, then in review, then returned). */
    public List<String> statuses() {
        return texts(browser.findAll(By.cssSelector("#review-queue .queue-card .status")));
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

    /** Opens the version of the queue's card at this place (0-based). */
    public ReviewPage openCard(int index) {
        clickAndWaitForPathChange(
                By.xpath("(//*[@id='review-queue']//*[contains(@class, 'queue-card')]//a)[" + (index + 1) + "]"));
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
