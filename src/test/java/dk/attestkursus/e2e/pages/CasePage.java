package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;

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
        return browser.findAll(By.cssSelector("#cases li[data-answered='true']"))
                .size();
    }

    public CasePage openCase(int number) {
        clickAndWaitForPathChange(By.cssSelector("#cases li:nth-of-type(" + number + ") a"));
        browser.find(By.id("case-choice"));
        return this;
    }

    /** Picks a form (by its number, or the start of the "no certificate" label) and a confidence 1-5, and submits. */
    public String submit(String choiceLabelStart, int confidence) {
        chooseRadio("case-choice", choiceLabelStart);
        chooseRadio("case-confidence", String.valueOf(confidence));
        browser.click(By.id("case-submit"));
        return browser.findVisible(By.id("case-verdict")).getText();
    }

    /** The way on after the experts' answer: "Næste sag: ..." or back to the list after the last. */
    public String nextCaseText() {
        return browser.findVisible(By.id("next-case")).getText();
    }

    public CasePage openNextCase() {
        clickAndWaitForPathChange(By.id("next-case"));
        browser.find(By.id("case-choice"));
        return this;
    }

    public String result() {
        return browser.find(By.id("case-result")).getText();
    }
}
