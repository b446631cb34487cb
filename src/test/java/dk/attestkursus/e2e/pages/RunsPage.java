package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The runs an instructor manages, the run editor, a run's page with its participants and the import dialog. */
public class RunsPage extends MainLayoutPage {

    public static final String PATH = "hold";

    public RunsPage(Browser browser) {
        super(browser);
    }

    public static RunsPage open(Browser browser) {
        browser.open(PATH);
        return new RunsPage(browser);
    }

    /** The number of runs in the list on {@code /hold}. */
    public int runCount() {
        return browser.findAll(By.cssSelector("#run-list .card-action")).size();
    }

    /** Follows the link of the run at this place (0-based) in the list on {@code /hold} to its page. */
    public RunsPage openRun(int index) {
        clickAndWaitForPathChange(
                By.xpath("(//*[@id='run-list']//a[contains(@class, 'card-action')])[" + (index + 1) + "]"));
        browser.find(By.id("participant-count"));
        return this;
    }

    /** Opens the editor for a new run. */
    public RunsPage create() {
        clickAndWaitForPathChange(By.id("create-run"));
        return this;
    }

    /** What a field of the run editor shows (also a read-only one). */
    public String fieldValue(String id) {
        browser.waitForVaadin();
        return browser.find(By.id(id)).getDomProperty("value");
    }

    /** Chooses a day in a date picker of the editor (as the picker's overlay would set it). */
    public RunsPage date(String id, java.time.LocalDate day) {
        browser.script(
                "const p = arguments[0]; p.value = arguments[1]; p.dispatchEvent(new CustomEvent('change'));",
                browser.find(By.id(id)),
                day.toString());
        browser.waitForVaadin();
        return this;
    }

    /** Whether a field is marked invalid. */
    public boolean invalid(String id) {
        browser.waitForVaadin();
        return Boolean.parseBoolean(browser.find(By.id(id)).getDomProperty("invalid"));
    }

    /** The helper text under a field (e.g. a date picker's warning of a day off), or empty. */
    public String helperText(String id) {
        browser.waitForVaadin();
        String text = browser.find(By.id(id)).getDomProperty("helperText");
        return text == null ? "" : text;
    }

    public RunsPage field(String id, String value) {
        typeInto(id, value);
        return this;
    }

    /** Ticks an instructor in the list of co-instructors by the start of their label. */
    public RunsPage tickInstructor(String labelStart) {
        WebElement box = browser.find(By.xpath(
                "//*[@id='run-instructors']//vaadin-checkbox[starts-with(normalize-space(.), '" + labelStart + "')]"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", box);
        box.findElement(By.tagName("input")).click();
        browser.waitForVaadin();
        return this;
    }

    public List<String> editorWarnings() {
        browser.waitForVaadin();
        return texts(browser.findAll(By.cssSelector("#run-warnings p")));
    }

    /** Saves; returns the error shown beside the field with this id, or "" when the run was saved. */
    public String saveExpectingError(String fieldId) {
        browser.click(By.id("run-save"));
        browser.waitForVaadin();
        return browser.find(By.id(fieldId)).getDomProperty("errorMessage");
    }

    /** Saves and lands on the run's page. */
    public RunsPage save() {
        clickAndWaitForPathChange(By.id("run-save"));
        browser.find(By.id("run-facts"));
        return this;
    }

    public List<String> runWarnings() {
        return texts(browser.findAll(By.cssSelector("#run-warnings p")));
    }

    public String checkInCode() {
        return textOf(By.id("check-in-code"));
    }

    /** The page's status line, e.g. what an import did. */
    public String status() {
        return textOf(By.id("run-status"));
    }

    /** The "team (leader)" cells of the participant list, one per participant who has both. */
    /** Every cell text of the participant list. */
    public List<String> participantCells() {
        browser.waitForVaadin();
        return browser.findAll(By.cssSelector("#participants-grid vaadin-grid-cell-content")).stream()
                .map(c -> c.getDomProperty("textContent"))
                .filter(t -> t != null && !t.isBlank())
                .map(String::strip)
                .toList();
    }

    public List<String> participantTeams() {
        return browser.findAll(By.cssSelector("#participants-grid vaadin-grid-cell-content")).stream()
                .map(c -> c.getDomProperty("textContent"))
                .filter(t -> t != null && t.contains("("))
                .map(String::strip)
                .toList();
    }

    public String participantCount() {
        return textOf(By.id("participant-count"));
    }

    /**
     * Adds one person by hand (an instructor: name and e-mail; the team field is an administrator's);
     * returns the first password the dialog shows for the new account.
     */
    public String addParticipant(String name, String email) {
        browser.click(By.id("add-participant"));
        typeInto("participant-name", name);
        typeInto("participant-email", email);
        browser.waitUntil(
                d -> browser.findAll(By.id("participant-team")).stream().noneMatch(WebElement::isDisplayed));
        browser.click(By.id("participant-save"));
        String password = textOf(By.id("generated-password"));
        browser.click(By.id("password-close"));
        browser.waitUntil(d -> !browser.isPresent(By.id("generated-password")));
        return password;
    }

    /** Opens the import dialog and chooses the file, as a user picks it in the file dialog. */
    public RunsPage uploadParticipants(Path file) {
        if (!browser.isPresent(By.id("import-upload"))) {
            browser.click(By.id("import-participants"));
        }
        chooseFile(By.id("import-upload"), file);
        browser.waitUntil(d -> browser.isPresent(By.id("import-summary")));
        browser.waitForVaadin();
        return this;
    }

    public String importSummary() {
        return textOf(By.id("import-summary"));
    }

    /** The reasons shown for rows with errors, in the preview's order (errors first). */
    public List<String> importReasons() {
        return browser.script("""
                const grid = document.getElementById('import-rows');
                return Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).filter(t => t.length > 0);
                """);
    }

    public boolean canImport() {
        browser.waitForVaadin();
        return browser.find(By.id("import-confirm")).getDomAttribute("disabled") == null;
    }

    public RunsPage cancelImport() {
        browser.click(By.id("import-cancel"));
        browser.waitUntil(d -> !browser.isPresent(By.id("import-upload")));
        return this;
    }

    public RunsPage confirmImport() {
        browser.click(By.id("import-confirm"));
        browser.waitUntil(d -> !browser.isPresent(By.id("import-upload")));
        browser.waitForVaadin();
        return this;
    }

    /** The e-mail addresses in the participant list. */
    public List<String> participantEmails() {
        browser.waitForVaadin();
        return browser.findAll(By.cssSelector("#participants-grid vaadin-checkbox[data-email]")).stream()
                .map(e -> e.getDomAttribute("data-email"))
                .toList();
    }

    /** Follows one of the links other features put on the run's page, e.g. {@code session.open}. */
    public void followLink(String labelKey) {
        clickAndWaitForPathChange(By.cssSelector("[data-link='" + labelKey + "']"));
    }

    /** Opens a run's editor by its address, e.g. {@code hold/12/rediger}. */
    public static RunsPage openEditor(Browser browser, long runId) {
        browser.open("hold/" + runId + "/rediger");
        browser.find(By.id("run-save"));
        return new RunsPage(browser);
    }

    /** Types a reason on the edit page's card for cancelling the run and asks to cancel (the dialog opens). */
    public RunsPage askToCancel(String reason) {
        typeInto("cancel-reason", reason);
        browser.click(By.id("cancel-run"));
        browser.waitForVaadin();
        return this;
    }

    /** Whether the confirmation of a cancellation is open. */
    public boolean cancelDialogOpen() {
        return browser.isPresent(By.cssSelector("vaadin-confirm-dialog[opened]"));
    }

    /** Confirms the open cancellation, and waits for the run's page. */
    public RunsPage confirmCancel() {
        clickAndWaitForPathChange(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        browser.find(By.id("participant-count"));
        return this;
    }

    /** The error beside the cancellation's reason, or "". */
    public String cancelReasonError() {
        browser.waitForVaadin();
        WebElement field = browser.find(By.id("cancel-reason"));
        return Boolean.parseBoolean(field.getDomProperty("invalid")) ? field.getDomProperty("errorMessage") : "";
    }

    /** The notice that a run is cancelled, on its page, or "" when there is none. */
    public String cancelledNotice() {
        browser.waitForVaadin();
        return browser.isPresent(By.cssSelector(".run-cancelled")) ? textOf(By.cssSelector(".run-cancelled")) : "";
    }
}
