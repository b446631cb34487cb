package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;

/** The caseworker's follow-along page for the session. */
public class FollowPage extends MainLayoutPage {

    public static final String PATH = "kursus/session";

    public FollowPage(Browser browser) {
        super(browser);
        browser.find(By.id("follow-now"));
    }

    public static FollowPage open(Browser browser) {
        browser.open(PATH);
        return new FollowPage(browser);
    }

    /** Waits until the page (updated by push) shows the block with this title. */
    public FollowPage waitForBlock(String title) {
        browser.waitUntil(d -> browser.isPresent(By.id("follow-block")) && title.equals(textOf(By.id("follow-block"))));
        return this;
    }

    /** Waits until the instructors' opening of a poll or exercise has taken the phone to another page. */
    public void waitUntilTakenTo(String path) {
        browser.waitUntil(d -> browser.path().equals("/" + path));
        browser.waitForVaadin();
    }
}
