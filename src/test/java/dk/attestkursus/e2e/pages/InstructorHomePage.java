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

    public static InstructorHomePage open(Browser browser) {
        browser.open(PATH);
        return new InstructorHomePage(browser);
    }

    /** Ends a guest visit with the banner's button: back on the start page in the own municipality. */
    public InstructorHomePage leaveGuestVisit() {
        browser.waitForNewDocument(() -> browser.click(By.id("guest-leave")));
        return new InstructorHomePage(browser);
    }

    /** The names of the course runs listed. */
    /** The lines of "Denne uge" (what is due this week), in order; empty when nothing is. */
    public List<String> thisWeek() {
        return texts(browser.findAll(By.cssSelector("#this-week li")));
    }

    public List<String> runNames() {
        return texts(browser.findAll(By.cssSelector("#runs .run-card h3")));
    }

    /** The runs of other municipalities that invited this practice consultant, as the start page lists them. */
    public List<String> guestRuns() {
        browser.waitForVaadin();
        return texts(browser.findAll(By.cssSelector("#guest-runs li p")));
    }

    /** Opens the invited run of this name as a guest: its page in the host municipality. */
    public RunsPage openGuestRun(String runName) {
        clickAndWaitForPathChange(By.xpath("//*[@id='guest-runs']//vaadin-button[contains(., '" + runName + "')]"));
        browser.find(By.id("participant-count"));
        return new RunsPage(browser);
    }

    /** The guest banner's text, or empty when working in the instructor's own municipality. */
    public boolean guestBannerShown() {
        return browser.isPresent(By.id("guest-banner"));
    }
}
