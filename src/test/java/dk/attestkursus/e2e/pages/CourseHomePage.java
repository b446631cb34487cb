package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;

/** "Dit kursus" ({@code /kursus}): the caseworker's start page. */
public final class CourseHomePage extends MainLayoutPage {

    public static final String PATH = "/kursus";

    public CourseHomePage(Browser browser) {
        super(browser);
        browser.find(By.id("modules"));
    }

    public static CourseHomePage open(Browser browser) {
        browser.open(PATH);
        return new CourseHomePage(browser);
    }

    /** Where the page says the caseworker is in the course: the name of the phase, e.g. {@code PREPARING}. */
    public String phase() {
        return browser.find(By.cssSelector(".page[data-phase]")).getDomAttribute("data-phase");
    }

    /** The line under the heading that says where the caseworker is in the course. */
    public String phaseLine() {
        return textOf(By.id("course-phase"));
    }

    /** The cards' ids in the order the page shows them, the one that matters now first. */
    public List<String> cardIds() {
        return browser.findAll(By.cssSelector("#start-cards > *")).stream()
                .map(card -> card.getDomAttribute("id"))
                .toList();
    }

    /** The first card's id, e.g. {@code follow-up-card}. */
    public String firstCard() {
        return cardIds().getFirst();
    }

    /** How much a card says it matters now: {@code now}, {@code todo} or {@code later}. */
    public String relevance(String cardId) {
        return browser.find(By.cssSelector("#start-cards > #" + cardId)).getDomAttribute("data-relevance");
    }

    /** A card's heading. */
    public String cardHeading(String cardId) {
        return textOf(By.cssSelector("#" + cardId + " h2"));
    }

    /** A card's text (heading, paragraphs and links). */
    public String cardText(String cardId) {
        return textOf(By.id(cardId));
    }

    /** Where a link goes, as a path without the leading slash, e.g. {@code kursus/opfoelgning/2}. */
    public String linkTarget(String linkId) {
        return browser.find(By.id(linkId)).getDomAttribute("href");
    }

    public boolean hasCard(String cardId) {
        return browser.isPresent(By.cssSelector("#start-cards > #" + cardId));
    }

    /** The learning objectives, in order. */
    public List<String> objectives() {
        return texts(browser.findAll(By.cssSelector("#objectives li")));
    }

    /** The module headings, in order, e.g. "Modul 1: Roller og ansvar …". */
    public List<String> moduleTitles() {
        return texts(browser.findAll(By.cssSelector("#modules .module-row h3")));
    }

    /** How many modules the list marks as completed. */
    public int completedModules() {
        return browser.findAll(By.cssSelector("#modules .module-row[data-complete='true']"))
                .size();
    }

    public String nextStepText() {
        return browser.find(By.id("next-step")).getText();
    }

    /** Opens the module with the given number (1-based) by its heading link. */
    public ModulePage openModule(int number) {
        clickAndWaitForPathChange(By.cssSelector("#modules .module-row:nth-of-type(" + number + ") h3 a"));
        return new ModulePage(browser);
    }

    /** The overall progress in percent, as the page shows it. */
    public int progressPercent() {
        return Integer.parseInt(browser.find(By.id("course-progress")).getDomAttribute("data-percent"));
    }

    public int moduleProgressPercent(String moduleKey) {
        return Integer.parseInt(browser.find(By.id("progress-" + moduleKey)).getDomAttribute("data-percent"));
    }

    public void followNextStep() {
        clickAndWaitForPathChange(By.id("next-step"));
    }

    /** The myths to-do's status line. */
    public String mythsStatus() {
        return browser.find(By.cssSelector("#myths-todo"))
                .findElement(By.xpath("preceding-sibling::p[1]"))
                .getText();
    }

    /** Opens the live session from the session card's link (shown from 30 minutes before the start). */
    public LiveSessionPage followLive() {
        clickAndWaitForPathChange(By.id("live-link"));
        browser.find(By.id("live-title"));
        return new LiveSessionPage(browser);
    }

    /** Follows the start page's certificate card (shown once the caseworker attended). */
    public CertificatePage openCertificate() {
        clickAndWaitForPathChange(By.id("certificate-todo"));
        return new CertificatePage(browser);
    }
}
