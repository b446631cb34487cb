package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;

/** The run page's card of guest instructors from other municipalities. */
public final class GuestInstructorsCard {

    private final Browser browser;

    public GuestInstructorsCard(Browser browser) {
        this.browser = browser;
        browser.find(By.id("run-guests"));
    }

    /** Invites the practice consultant with this e-mail; returns the field's error, or "" when invited. */
    public String invite(String email) {
        var input = browser.find(By.cssSelector("#guest-email input"));
        input.clear();
        input.sendKeys(email);
        browser.click(By.id("guest-invite"));
        browser.waitForVaadin();
        String error = browser.find(By.id("guest-email")).getDomProperty("errorMessage");
        boolean invalid =
                Boolean.parseBoolean(browser.find(By.id("guest-email")).getDomProperty("invalid"));
        return invalid && error != null ? error : "";
    }

    /** The guests listed, as "name (municipality)" with the remove button's text after it. */
    public List<String> guests() {
        browser.waitForVaadin();
        return browser.findAll(By.cssSelector("#run-guest-list li span")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }
}
