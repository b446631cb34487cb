package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;

/** One lesson ({@code /kursus/modul/<key>/<lesson>}): text, sources and the way on. */
public final class LessonPage extends MainLayoutPage {

    public LessonPage(Browser browser) {
        super(browser);
        browser.find(By.className("lesson-body"));
    }

    public String bodyText() {
        return browser.find(By.className("lesson-body")).getText();
    }

    public List<String> sources() {
        return texts(browser.findAll(By.cssSelector(".sources li")));
    }

    public String nextLinkText() {
        return browser.find(By.id("next-lesson")).getText();
    }

    public LessonPage openNextLesson() {
        clickAndWaitForPathChange(By.id("next-lesson"));
        return new LessonPage(browser);
    }

    public List<String> keyPoints() {
        return texts(browser.findAll(By.cssSelector("#key-points li")));
    }

    /** Clicks "Markér som læst" and waits for the read mark. */
    public LessonPage markRead() {
        browser.click(By.id("mark-read"));
        browser.findVisible(By.id("lesson-read"));
        return this;
    }

    public boolean isMarkedRead() {
        return browser.isPresent(By.id("lesson-read"));
    }
}
