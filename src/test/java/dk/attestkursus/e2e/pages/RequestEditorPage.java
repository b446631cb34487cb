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
        WebElement item = items.stream()
                .filter(i -> i.getText().strip().startsWith(labelStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no form " + labelStart));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", item);
        item.click();
        browser.waitForVaadin();
        // The list closes with an animation; wait until it has (it sits in the page until then).
        browser.waitUntil(d ->
                Boolean.FALSE.equals(browser.script("return document.getElementById('request-form-choice').opened;"))
                        && Boolean.TRUE.equals(browser.script(
                                "return [...document.querySelectorAll('#request-form-choice vaadin-select-list-box')]"
                                        + ".every(b => b.getBoundingClientRect().width === 0);")));
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
     * save may still come for the last keys. The status line shows "pending" (data-shown) while the
     * screen holds text the server has not confirmed, and the outcome once it has.
     */
    private void settle() {
        browser.waitUntil(d -> !"pending".equals(shown()));
        browser.waitForVaadin();
    }

    /** What the save status line shows: saved, pending, failed, refused or offline. */
    public String shown() {
        // Read without waiting for Vaadin to be idle: while the server is away, it never is.
        String shown = browser.driver().findElement(By.id("request-saved")).getDomAttribute("data-shown");
        return shown == null ? "" : shown;
    }

    /** Waits until the save status line shows {@code state} and returns its text. */
    public String waitForStatus(String state) {
        browser.waitUntil(d -> state.equals(shown()));
        return savedText();
    }

    /** Types into a field without pausing or leaving it (the server hears of it after a pause in typing). */
    public RequestEditorPage typeOn(String id, String text) {
        WebElement input = browser.driver().findElement(By.cssSelector("#" + id + " textarea, #" + id + " input"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(text);
        return this;
    }

    /** Whether the page offers back text the browser kept from before (e.g. the server was away). */
    public boolean offersUnsavedText() {
        return browser.isPresent(By.cssSelector("#request-unsaved-offer:not([hidden])"))
                && browser.find(By.id("request-unsaved-offer")).isDisplayed();
    }

    public String unsavedOfferText() {
        return textOf(By.id("request-unsaved-offer"));
    }

    /** Takes the kept text into the form; waits until it is saved. */
    public RequestEditorPage useUnsavedText() {
        browser.click(By.id("request-unsaved-use"));
        settle();
        return this;
    }

    public RequestEditorPage addQuestion() {
        browser.click(By.id("request-add-question"));
        return this;
    }

    public String savedText() {
        String text = browser.driver().findElement(By.id("request-saved")).getDomProperty("textContent");
        return text == null ? "" : text.strip();
    }

    public String error(String id) {
        WebElement field = browser.find(By.id(id));
        return Boolean.parseBoolean(field.getDomProperty("invalid")) ? field.getDomProperty("errorMessage") : "";
    }

    /** The kinds of the guidance shown now, e.g. PURPOSE_MISSING. */
    public List<String> guidanceKinds() {
        return browser.findAll(By.cssSelector("#guidance-list li[data-kind]")).stream()
                .map(li -> li.getDomAttribute("data-kind"))
                .toList();
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
        return browser.driver().findElement(By.id(id)).getDomProperty("value");
    }

    /** Follows the version's PDF link as the browser would (same session) and returns the file's bytes. */
    public byte[] pdf(int version) {
        return download(By.id("pdf-" + version));
    }

    /** The "what changed since the version before" text of a version. */
    public String changes(int version) {
        return textOf(By.id("compare-" + version));
    }

    /** The helper text under a field (e.g. what the background may hold). */
    public String helperText(String id) {
        return String.valueOf(browser.find(By.id(id)).getDomProperty("helperText"));
    }

    /** Whether the first element's box ends above the second's (they do not share a row). */
    public boolean isAbove(String firstId, String secondId) {
        browser.waitForVaadin();
        return Boolean.TRUE.equals(browser.script("""
                const a = document.getElementById(arguments[0]).getBoundingClientRect();
                const b = document.getElementById(arguments[1]).getBoundingClientRect();
                return a.bottom <= b.top + 1;""", firstId, secondId));
    }

    /** Goes to the list of exercises by the link at the top (inside the app), confirming a warning if one comes. */
    public void leaveToListConfirming() {
        browser.click(By.cssSelector("a[href='kursus/anmodninger'], a[href='/kursus/anmodninger']"));
        if (browser.isPresent(By.id("request-leave-anyway"))) {
            browser.click(By.id("request-leave-anyway"));
        }
        browser.waitUntil(d -> browser.path().equals(LIST_PATH));
    }

    /** Opens an exercise from the list by its link (navigation inside the app, no new page load). */
    public static RequestEditorPage openFromList(Browser browser, String exerciseId) {
        browser.click(By.id("open-" + exerciseId));
        browser.find(By.id("request-purpose"));
        return new RequestEditorPage(browser);
    }
}
