package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;

/** "Mine hold" ({@code /underviser}): the instructor's start page. */
public final class InstructorHomePage extends MainLayoutPage {

    public static final String PATH = "/underviser";

    public InstructorHomePage(Browser browser) {
        super(browser);
        browser.find(By.id("runs"));
    }

    /** The names of the course runs listed. */
    public List<String> runNames() {
        return texts(browser.findAll(By.cssSelector("#runs .run-card h3")));
    }
}
