package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;

/** "Mit team" ({@code /leder}): the leader's start page. */
public final class LeaderHomePage extends MainLayoutPage {

    public static final String PATH = "/leder";

    public LeaderHomePage(Browser browser) {
        super(browser);
        browser.find(By.id("team-size"));
    }

    public String teamSize() {
        return browser.find(By.id("team-size")).getText();
    }

    /** The lines of "Denne uge" (what is due this week), in order; empty when nothing is. */
    public List<String> thisWeek() {
        return texts(browser.findAll(By.cssSelector("#this-week li")));
    }

    public List<String> runNames() {
        return texts(browser.findAll(By.cssSelector("#runs .run-card h3")));
    }

    /** Follows the start page's to-do card to the team's results. */
    public ResultsPage openResults() {
        clickAndWaitForPathChange(By.id("results-todo"));
        return new ResultsPage(browser);
    }
}
