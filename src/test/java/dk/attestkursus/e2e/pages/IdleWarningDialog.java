package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The warning a logged-in page shows before an idle session ends (issue 24). */
public final class IdleWarningDialog {

    private static final By DIALOG = By.id("idle-dialog");
    private final Browser browser;

    private IdleWarningDialog(Browser browser) {
        this.browser = browser;
    }

    /**
     * Moves the page's count to {@code left} before the end (the page's own test hook: nobody waits half an
     * hour) and waits for the warning to open (within a second: the page looks every second).
     */
    public static IdleWarningDialog bringForward(Browser browser, Duration left) {
        browser.find(By.id("idle-warning"));
        browser.waitUntil(
                d -> browser.<Boolean>script("return !!(window.attestkursusIdle && window.attestkursusIdle.expireIn)"));
        IdleWarningDialog dialog = new IdleWarningDialog(browser);
        // A request of the page still under way (a resize it reports, say) starts the count again: move it
        // again until the warning is open.
        browser.waitUntil(d -> {
            if (!dialog.isOpen()) {
                browser.script("window.attestkursusIdle.expireIn(arguments[0])", left.toMillis());
            }
            return dialog.isOpen();
        });
        return dialog;
    }

    public boolean isOpen() {
        return Boolean.TRUE.equals(
                browser.script("const d = document.getElementById('idle-dialog'); return !!(d && d.open);"));
    }

    public String title() {
        return browser.find(By.id("idle-title")).getText();
    }

    public String text() {
        return browser.find(By.id("idle-text")).getText();
    }

    public String timeLeft() {
        return browser.find(By.id("idle-left")).getText();
    }

    public WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /** Presses Enter on the focused button, as a keyboard user would; waits for the warning to close. */
    public void continueWithEnter() {
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitUntil(d -> !isOpen());
    }

    /** Milliseconds until the page's count ends. */
    public long millisLeft() {
        return ((Number) browser.script("return window.attestkursusIdle.deadline - Date.now()")).longValue();
    }

    public static By dialog() {
        return DIALOG;
    }
}
