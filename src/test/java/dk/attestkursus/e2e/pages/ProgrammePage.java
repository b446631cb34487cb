package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;

/** A run's own programme: planned times, minutes, order, local blocks. */
public class ProgrammePage extends MainLayoutPage {

    public ProgrammePage(Browser browser) {
        super(browser);
        browser.find(By.id("programme-total"));
    }

    public String total() {
        return textOf(By.id("programme-total"));
    }

    public String warning() {
        return browser.isPresent(By.id("programme-warning")) ? textOf(By.id("programme-warning")) : "";
    }

    /** The block titles in order, as the list shows them. */
    public List<String> titles() {
        browser.waitForVaadin();
        return browser.findAll(By.cssSelector("#programme .block-title")).stream()
                .map(e -> e.getDomProperty("textContent").strip())
                .toList();
    }

    /** Adds a local block first in the programme. */
    public ProgrammePage addLocalBlock(String title, int minutes, String description) {
        typeInto("local-title", title);
        typeInto("local-minutes", String.valueOf(minutes));
        typeInto("local-description", description);
        String before = total();
        browser.click(By.id("local-add"));
        browser.waitUntil(d -> !total().equals(before));
        return this;
    }

    /** Goes back to the facilitator view. */
    public FacilitatorPage backToSession() {
        clickAndWaitForPathChange(By.id("back-to-session"));
        return new FacilitatorPage(browser);
    }
}
