package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The list of "which form?" cases and one case: choose a form, say how sure, see the experts. */
public final class CasePage extends MainLayoutPage {

    public static final String LIST_PATH = "/kursus/cases";

    public CasePage(Browser browser) {
        super(browser);
    }

    public static CasePage openList(Browser browser) {
        browser.open(LIST_PATH);
        browser.find(By.id("cases"));
        return new CasePage(browser);
    }

    public int answeredCount() {
        return browser.findAll(By.cssSelector("#cases li[data-answered='true']")).size();
    }

    public CasePage openCase(int number) {
        clickAndWaitForPathChange(By.cssSelector("#cases li:nth-of-type(" + number + ") a"));
        browser.find(By.id("case-choice"));
        return this;
    }

    /** Chooses the radio button whose label starts with {@code labelStart}, in the given group. */
    private void choose(String groupId, String labelStart) {
        List<WebElement> buttons = browser.findAll(By.cssSelector("#" + groupId + " vaadin-radio-button"));
        for (int i = 0; i < buttons.size(); i++) {
            if (buttons.get(i).getText().strip().startsWith(labelStart)) {
                browser.click(By.cssSelector("#" + groupId + " vaadin-radio-button:nth-of-type(" + (i + 1) + ") > label"));
                return;
            }
        }
        throw new AssertionError("no option starting with '" + labelStart + "' in #" + groupId);
    }

    /** Picks a form (by its number, or the start of the "no certificate" label) and a confidence 1-5, and submits. */
    public String submit(String choiceLabelStart, int confidence) {
        choose("case-choice", choiceLabelStart);
        choose("case-confidence", String.valueOf(confidence));
        browser.click(By.id("case-submit"));
        return browser.findVisible(By.id("case-verdict")).getText();
    }

    public String result() {
        return browser.find(By.id("case-result")).getText();
    }
}
