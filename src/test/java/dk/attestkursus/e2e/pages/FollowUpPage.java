package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;

/** A follow-up: for each action, tried it or not yet and what got in the way. */
public class FollowUpPage extends MainLayoutPage {

    public FollowUpPage(Browser browser) {
        super(browser);
        browser.find(By.id("follow-up-next"));
    }

    public static FollowUpPage open(Browser browser, int number) {
        browser.open("kursus/opfoelgning/" + number);
        return new FollowUpPage(browser);
    }

    /** Chooses the answer for the action in this slot (0-based) by the start of its label. */
    public FollowUpPage answer(int slot, String labelStart, String obstacle) {
        chooseRadio("check-in-outcome-" + slot, labelStart);
        if (!obstacle.isEmpty()) {
            typeInto("check-in-obstacle-" + slot, obstacle);
        }
        return this;
    }

    public FollowUpPage save() {
        browser.click(By.id("check-in-save"));
        browser.waitForVaadin();
        return this;
    }

    public String status() {
        return textOf(By.id("check-in-status"));
    }

    public String outcomeError(int slot) {
        String invalid = browser.find(By.id("check-in-outcome-" + slot)).getDomAttribute("invalid");
        String message = browser.find(By.id("check-in-outcome-" + slot)).getDomProperty("errorMessage");
        return invalid == null || message == null ? "" : message;
    }

    public boolean offersFollowUpRequest() {
        return browser.isPresent(By.id("follow-up-request"));
    }
}
