package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;

/** The caseworker's action plan: up to three changes, each with when they will try it. */
public class ActionPlanPage extends MainLayoutPage {

    public static final String PATH = "kursus/handlingsplan";

    public ActionPlanPage(Browser browser) {
        super(browser);
        browser.find(By.id("action-plan-save"));
    }

    public static ActionPlanPage open(Browser browser) {
        browser.open(PATH);
        return new ActionPlanPage(browser);
    }

    public ActionPlanPage write(int slot, String change, String when) {
        typeInto("action-change-" + slot, change);
        typeInto("action-when-" + slot, when);
        return this;
    }

    public ActionPlanPage save() {
        browser.click(By.id("action-plan-save"));
        browser.waitForVaadin();
        return this;
    }

    public String status() {
        return textOf(By.id("action-plan-status"));
    }

    /** The error message shown at a field (by id), or "" when it is valid. */
    public String error(String fieldId) {
        String invalid = browser.find(By.id(fieldId)).getDomAttribute("invalid");
        if (invalid == null) {
            return "";
        }
        String message = browser.find(By.id(fieldId)).getDomProperty("errorMessage");
        return message == null ? "" : message;
    }

    public String value(String fieldId) {
        String value = browser.find(By.id(fieldId)).getDomProperty("value");
        return value == null ? "" : value;
    }

    public FollowUpPage openCheckIn(int number) {
        clickAndWaitForPathChange(By.id("action-plan-check-in-" + number));
        return new FollowUpPage(browser);
    }
}
