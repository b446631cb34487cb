package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Writing a request: the structured fields, "gemt" status, guidance, submit, versions and feedback. */
public final class RequestEditorPage extends MainLayoutPage {

    public static final String LIST_PATH = "/kursus/anmodninger";

    public RequestEditorPage(Browser browser) {
        super(browser);
    }

    public static RequestEditorPage open(Browser browser, String exerciseId) {
        browser.open(LIST_PATH + "/" + exerciseId);
        browser.find(By.id("request-purpose"));
        return new RequestEditorPage(browser);
    }

    /** Chooses a form by the start of its label, e.g. "LÆ 285". */
    public RequestEditorPage chooseForm(String labelStart) {
        browser.click(By.id("request-form-choice"));
        List<WebElement> items = browser.findAll(By.cssSelector("vaadin-select-item"));
        WebElement item = items.stream().filter(i -> i.getText().strip().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no form " + labelStart));
        item.click();
        browser.waitForVaadin();
        return this;
    }

    /** Types into a text field or area (by id) and waits until the draft has saved (or been refused). */
    public RequestEditorPage type(String id, String text) {
        WebElement input = browser.find(By.cssSelector("#" + id + " textarea, #" + id + " input"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", input);
        String before = saves();
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        browser.waitUntil(d -> !saves().equals(before));
        settle();
        return this;
    }

    public RequestEditorPage consent(boolean given) {
        String before = saves();
        chooseRadio("request-consent", given ? "Ja" : "Nej");
        browser.waitUntil(d -> !saves().equals(before));
        return this;
    }

    /** How many saves the page has tried (0 before the first). */
    private String saves() {
        String n = browser.find(By.id("request-saved")).getDomAttribute("data-saves");
        return n == null ? "0" : n;
    }

    /**
     * Waits until the saves have stopped: the field sends its text after a pause in typing, so a
     * save may still come for the last keys; done when no new save came for longer than that pause.
     */
    private void settle() {
        String last;
        do {
            last = saves();
            try {
                Thread.sleep(1300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            browser.waitForVaadin();
        } while (!saves().equals(last));
    }

    public RequestEditorPage addQuestion() {
        browser.click(By.id("request-add-question"));
        return this;
    }

    public String savedText() {
        return textOf(By.id("request-saved"));
    }

    public String error(String id) {
        WebElement field = browser.find(By.id(id));
        return Boolean.parseBoolean(field.getDomProperty("invalid")) ? field.getDomProperty("errorMessage") : "";
    }

    /** The kinds of the guidance shown now, e.g. PURPOSE_MISSING. */
    public List<String> guidanceKinds() {
        return browser.findAll(By.cssSelector("#guidance-list li[data-kind]")).stream()
                .map(li -> li.getDomAttribute("data-kind")).toList();
    }

    public String guidanceText() {
        return textOf(By.id("guidance-list"));
    }

    public RequestEditorPage submit() {
        browser.click(By.id("request-submit"));
        // The status line is written when the page loads and after a submit, not after each save:
        // a request first saved on this page still reads NOT_STARTED until the submit has gone through.
        browser.waitUntil(d -> !List.of("NOT_STARTED", "DRAFT", "RETURNED").contains(status()));
        return this;
    }

    /** The request's status, e.g. SUBMITTED. */
    public String status() {
        return browser.find(By.id("request-state")).getDomAttribute("data-status");
    }

    public boolean canSubmit() {
        WebElement submit = browser.find(By.id("request-submit"));
        return submit.isDisplayed() && submit.isEnabled();
    }

    public String feedback(int version) {
        return textOf(By.id("feedback-" + version));
    }

    public String value(String id) {
        return browser.find(By.id(id)).getDomProperty("value");
    }

    /** Follows the version's PDF link as the browser would (same session) and returns the file's bytes. */
    public byte[] pdf(int version) {
        return download(By.id("pdf-" + version));
    }

    /** The "what changed since the version before" text of a version. */
    public String changes(int version) {
        return textOf(By.id("compare-" + version));
    }
}
