package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;

/** One module ({@code /kursus/modul/<key>}): its objective and its lessons. */
public final class ModulePage extends MainLayoutPage {

    public ModulePage(Browser browser) {
        super(browser);
        browser.find(By.id("lessons"));
    }

    public List<String> lessonTitles() {
        return texts(browser.findAll(By.cssSelector("#lessons li a")));
    }

    public String objective() {
        return browser.find(By.cssSelector("#main-content p.lead")).getText();
    }

    /** Opens the lesson with the given number (1-based). */
    public LessonPage openLesson(int number) {
        clickAndWaitForPathChange(By.cssSelector("#lessons li:nth-of-type(" + number + ") a"));
        return new LessonPage(browser);
    }

    /** The module's progress in percent, as the page shows it. */
    public int progressPercent() {
        return Integer.parseInt(browser.find(By.id("module-progress")).getDomAttribute("data-percent"));
    }

    public int readLessonCount() {
        return browser.findAll(By.cssSelector("#lessons li[data-read='true']")).size();
    }

    public QuizPage openQuiz() {
        clickAndWaitForPathChange(By.id("quiz-link"));
        return new QuizPage(browser);
    }
}
