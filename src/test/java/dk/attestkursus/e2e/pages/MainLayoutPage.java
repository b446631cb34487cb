package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The frame around every logged-in page: skip link, drawer with side navigation, user menu. */
public class MainLayoutPage extends Page {

    private static final By LAYOUT = By.tagName("vaadin-app-layout");
    private static final By NAV_ITEMS = By.cssSelector("#side-nav vaadin-side-nav-item");

    public MainLayoutPage(Browser browser) {
        super(browser);
        browser.find(LAYOUT);
    }

    /** The {@code data-path} of each side navigation entry, in order, e.g. {@code /kursus}. */
    public List<String> navPaths() {
        return browser.findAll(NAV_ITEMS).stream()
                .map(e -> e.getDomAttribute("data-path"))
                .toList();
    }

    /** The visible texts of the side navigation entries, in order. */
    public List<String> navTexts() {
        return browser.findAll(NAV_ITEMS).stream()
                .map(e -> (String) browser.script("return arguments[0].textContent.trim();", e))
                .toList();
    }

    /** Clicks the side navigation entry with the given data-path. */
    public MainLayoutPage navigate(String dataPath) {
        clickAndWaitForPathChange(By.cssSelector("#side-nav vaadin-side-nav-item[data-path='" + dataPath + "']"));
        return new MainLayoutPage(browser);
    }

    public String userName() {
        return browser.find(By.id("user-name")).getText();
    }

    public String userRole() {
        return browser.find(By.className("user-role")).getText();
    }

    public String languageSwitchText() {
        return browser.find(By.id("language-switch")).getText();
    }

    /** Switches the UI to the other language; the page reloads in it. */
    public MainLayoutPage switchLanguage() {
        WebElement button = browser.find(By.id("language-switch"));
        browser.waitForNewDocument(button::click);
        return new MainLayoutPage(browser);
    }

    /** Logs out and returns the login page the app then shows. */
    public LoginPage logout() {
        WebElement button = browser.find(By.id("logout"));
        browser.waitForNewDocument(button::click);
        return new LoginPage(browser);
    }

    public WebElement skipLink() {
        return browser.find(By.id("skip-link"));
    }

    /** The element marked as the page's main content (what the skip link leads to). */
    public WebElement mainContent() {
        return browser.find(By.id("main-content"));
    }

    public boolean drawerOpen() {
        browser.waitForVaadin();
        return browser.find(LAYOUT).getDomAttribute("drawer-opened") != null;
    }

    /** Whether the drawer covers the content (the narrow-screen layout) rather than sitting beside it. */
    public boolean drawerIsOverlay() {
        browser.waitForVaadin();
        return browser.find(LAYOUT).getDomAttribute("overlay") != null;
    }

    public void toggleDrawer() {
        browser.click(By.tagName("vaadin-drawer-toggle"));
        browser.waitForVaadin();
    }

    /** Whether the side navigation entries can be seen (inside the window, not hidden). */
    public boolean navigationVisible() {
        browser.waitForVaadin();
        List<WebElement> items = browser.findAll(NAV_ITEMS);
        return !items.isEmpty() && items.stream().allMatch(item -> Boolean.TRUE.equals(browser.script("""
                const r = arguments[0].getBoundingClientRect();
                const style = getComputedStyle(arguments[0]);
                return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= window.innerWidth
                    && style.visibility !== 'hidden';
                """, item)));
    }

    /** Chooses the radio button whose label starts with {@code labelStart}, in the given radio group. */
    protected void chooseRadio(String groupId, String labelStart) {
        List<WebElement> buttons = browser.findAll(By.cssSelector("#" + groupId + " vaadin-radio-button"));
        for (int i = 0; i < buttons.size(); i++) {
            String label = buttons.get(i).getDomProperty("textContent");
            if (label != null && label.strip().startsWith(labelStart)) {
                browser.click(
                        By.cssSelector("#" + groupId + " vaadin-radio-button:nth-of-type(" + (i + 1) + ") > label"));
                return;
            }
        }
        throw new AssertionError("no option starting with '" + labelStart + "' in #" + groupId);
    }

    /** Waits for the "a poll has opened" notice that shows on any page, and follows it to the live page. */
    public LiveSessionPage followPollNotice() {
        clickAndWaitForPathChange(By.id("poll-notice-go"));
        browser.find(By.id("live-title"));
        return new LiveSessionPage(browser);
    }
}
