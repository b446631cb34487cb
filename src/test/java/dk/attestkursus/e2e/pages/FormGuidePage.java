package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The LÆ form guide (/attestguide): search, filters, the cards it shows, and a form's own page. */
public final class FormGuidePage extends MainLayoutPage {

    public static final String PATH = "/attestguide";
    private static final By SEARCH = By.cssSelector("#form-search input");
    private static final By COUNT = By.id("form-count");

    public FormGuidePage(Browser browser) {
        super(browser);
        browser.find(By.id("form-results"));
    }

    public static FormGuidePage open(Browser browser) {
        browser.open(PATH);
        return new FormGuidePage(browser);
    }

    /**
     * Types a query as a user does and presses Enter; waits until the result count shows the answer.
     * The journeys use it only where the count changes.
     */
    public FormGuidePage search(String query) {
        WebElement field = browser.findVisible(SEARCH);
        return untilCountChanges(() -> {
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            field.sendKeys(query, Keys.ENTER);
        });
    }

    public FormGuidePage toggleConsultationFilter() {
        return untilCountChanges(() -> browser.click(By.cssSelector("#form-consultation > label")));
    }

    public FormGuidePage clearAll() {
        return untilCountChanges(() -> browser.click(By.id("form-clear")));
    }

    private FormGuidePage untilCountChanges(Runnable action) {
        String before = countText();
        action.run();
        browser.waitUntil(d -> !countText().equals(before));
        browser.waitForVaadin();
        return this;
    }

    public String countText() {
        return browser.find(COUNT).getText();
    }

    /** The form numbers on the cards shown, in order, e.g. ["LÆ 285", "LÆ 125"]. */
    public List<String> cardNumbers() {
        return browser.findAll(By.cssSelector(".form-card h2 a")).stream()
                .map(a -> a.getText().strip())
                .map(text -> text.substring(0, Math.min(6, text.length())))
                .toList();
    }

    public boolean emptyStateShown() {
        return browser.isPresent(By.id("form-clear"));
    }

    /** Follows the card's heading link to the form's own page. */
    public String openForm(String slug) {
        clickAndWaitForPathChange(By.cssSelector(".form-card[data-form='" + slug + "'] h2 a"));
        return browser.find(By.id("form-title")).getText();
    }

    /** The facts of the form page or first card, as "term: description" lines. */
    public List<String> details() {
        return browser.findAll(By.cssSelector(".form-details dl > *")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    public int sourceCount() {
        return browser.findAll(By.cssSelector(".sources li")).size();
    }
}
