package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Konti" ({@code /admin/konti}): the administrator's list of accounts. */
public final class AccountsPage extends MainLayoutPage {

    public static final String PATH = "/admin/konti";
    private static final By GRID = By.id("accounts-grid");
    /** The username column of the grid (0-based). */
    public static final int USERNAME_COLUMN = 1;
    /** The status column of the grid (0-based). */
    public static final int STATUS_COLUMN = 5;

    /** The text of every cell of every rendered body row, read through the grid's slots. */
    private static final String ROWS = """
            const grid = arguments[0];
            return [...grid.shadowRoot.querySelectorAll('#items tr')]
              .filter(tr => !tr.hidden)
              .map(tr => [...tr.querySelectorAll('td')].map(td => {
                  const slot = td.querySelector('slot');
                  const content = slot && slot.assignedElements()[0];
                  return content ? content.textContent.trim() : '';
              }));
            """;

    public AccountsPage(Browser browser) {
        super(browser);
        browser.find(GRID);
    }

    public static AccountsPage open(Browser browser) {
        browser.open(PATH);
        return new AccountsPage(browser);
    }

    /** Every row of the grid as the texts of its cells, in column order. */
    public List<List<String>> rows() {
        return browser.script(ROWS, browser.find(GRID));
    }

    /** The row of the account with this user name, if the grid shows it. */
    public Optional<List<String>> row(String username) {
        return rows().stream()
                .filter(r ->
                        r.size() > USERNAME_COLUMN && r.get(USERNAME_COLUMN).equals(username))
                .findFirst();
    }

    /** Searches for the account (the list holds every account, shown lazily) and returns its row once shown. */
    public List<String> waitForRow(String username) {
        WebElement input = browser.find(By.cssSelector("#accounts-search input"));
        if (!username.equals(input.getDomProperty("value"))) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), username, Keys.ENTER);
        }
        // The search filters after a pause in typing and then renders the rows anew: wait until every
        // row shown is this account's, so a click that follows lands on the rendered row, not a stale one.
        return browser.waitUntil(d -> {
            List<List<String>> rows = rows();
            boolean filtered = !rows.isEmpty()
                    && rows.stream()
                            .allMatch(r -> r.size() > USERNAME_COLUMN
                                    && r.get(USERNAME_COLUMN).contains(username));
            return filtered ? row(username).orElse(null) : null;
        });
    }

    /** Whether the row of this account offers the given action (e.g. "unlock"). */
    public boolean offersAction(String username, String action) {
        waitForRow(username);
        return browser.isPresent(
                By.cssSelector("vaadin-button[data-username='" + username + "'][data-action='" + action + "']"));
    }

    /** Clicks a row action (e.g. "deactivate", "resetPassword") of this account. */
    public AccountsPage act(String username, String action) {
        waitForRow(username);
        browser.click(By.cssSelector("vaadin-button[data-username='" + username + "'][data-action='" + action + "']"));
        return this;
    }

    /** Answers the open confirmation dialog with its confirm button. */
    public AccountsPage confirm() {
        browser.click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        return this;
    }

    /** The password shown once after a reset; closes the dialog. */
    public String takeGeneratedPassword() {
        String password =
                browser.findVisible(By.id("generated-password")).getText().strip();
        browser.click(By.id("password-close"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("generated-password")));
        return password;
    }

    /** Waits until the account's status cell reads the given text. */
    public void waitForStatus(String username, String status) {
        browser.waitUntil(d ->
                row(username).filter(r -> r.get(STATUS_COLUMN).equals(status)).orElse(null));
    }

    public CreateAccountDialog openCreateDialog() {
        browser.click(By.id("create-account"));
        return new CreateAccountDialog(browser);
    }
}
