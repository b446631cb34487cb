package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Teams" ({@code /admin/teams}): a municipal administrator's teams, their leaders and members. */
public final class TeamsPage extends MainLayoutPage {

    public static final String PATH = "/admin/teams";

    public TeamsPage(Browser browser) {
        super(browser);
        browser.find(By.id("team-create"));
    }

    public static TeamsPage open(Browser browser) {
        browser.open(PATH);
        return new TeamsPage(browser);
    }

    /** The team names in the list. */
    public List<String> names() {
        browser.waitForVaadin();
        return texts(browser.findAll(By.cssSelector("#teams .team-row-name")));
    }

    /** What each row says under its name: the leaders and how many caseworkers. */
    public List<String> details() {
        browser.waitForVaadin();
        return texts(browser.findAll(By.cssSelector("#teams .secondary-text")));
    }

    /** Whether the empty state ("no teams yet") shows. */
    public boolean emptyShown() {
        browser.waitForVaadin();
        return browser.findAll(By.id("teams-empty")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Creates a team with these leaders, chosen from the list as a user would. */
    public TeamsPage create(String name, String... leaders) {
        typeInto("team-name", name);
        for (String leader : leaders) {
            WebElement input = browser.find(By.cssSelector("#team-leaders input"));
            input.sendKeys(leader);
            By item = By.xpath("//vaadin-multi-select-combo-box-item[normalize-space(.)='" + leader + "']");
            browser.waitUntil(ExpectedConditions.elementToBeClickable(item)).click();
            browser.waitForVaadin();
        }
        if (leaders.length > 0) {
            browser.find(By.cssSelector("#team-leaders input")).sendKeys(Keys.ESCAPE);
        }
        browser.click(By.id("team-create"));
        browser.waitUntil(d -> names().contains(name.strip()));
        return this;
    }

    /** Tries to create a team of this name, expecting a refusal; returns the error at the name field. */
    public String createExpectingNameError(String name) {
        typeInto("team-name", name);
        browser.click(By.id("team-create"));
        browser.waitForVaadin();
        return browser.find(By.id("team-name")).getDomProperty("errorMessage");
    }
}
