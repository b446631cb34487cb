package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One lesson ({@code /kursus/modul/<key>/<lesson>}): text with numbered notes, the notes, and the way on. */
public final class LessonPage extends MainLayoutPage {

    public LessonPage(Browser browser) {
        super(browser);
        browser.find(By.className("lesson-body"));
    }

    public String bodyText() {
        return browser.find(By.className("lesson-body")).getText();
    }

    /** The notes at the end: the lesson's sources, numbered in order. */
    public List<String> sources() {
        return texts(browser.findAll(By.cssSelector("#lesson-notes li")));
    }

    /** The numbers of the note links in the text and key points, in reading order. */
    public List<String> noteNumbers() {
        return texts(browser.findAll(By.cssSelector("#key-points sup.note-ref a, .lesson-body sup.note-ref a")));
    }

    /** Follows the first link to note {@code number} and waits until the note is in view. */
    public WebElement followNote(int number) {
        browser.click(By.cssSelector("sup.note-ref a[href$='#note-" + number + "']"));
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("#note-" + number));
        WebElement note = browser.findVisible(By.id("note-" + number));
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("""
                const r = arguments[0].getBoundingClientRect();
                return r.top >= 0 && r.bottom <= window.innerHeight;""", note)));
        return note;
    }

    public String nextLinkText() {
        return browser.find(By.id("next-lesson")).getText();
    }

    public String meta() {
        return browser.find(By.id("lesson-meta")).getText();
    }

    public LessonPage openNextLesson() {
        clickAndWaitForPathChange(By.id("next-lesson"));
        return new LessonPage(browser);
    }

    /** The key points as text, without their note numbers. */
    public List<String> keyPoints() {
        return browser.findAll(By.cssSelector("#key-points li")).stream()
                .map(li -> browser.<String>script("""
                const copy = arguments[0].cloneNode(true);
                copy.querySelectorAll('sup').forEach(s => s.remove());
                return copy.textContent.trim();""", li))
                .toList();
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
