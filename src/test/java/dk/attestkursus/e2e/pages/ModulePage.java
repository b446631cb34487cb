package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;

/** One module ({@code /kursus/modul/<key>}): its objective, its next step, its lessons and knowledge check. */
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

    /** The page's main action: the next lesson, the knowledge check or the next module. */
    public String nextStepText() {
        return browser.find(By.id("module-next")).getText();
    }

    public void followNextStep() {
        clickAndWaitForPathChange(By.id("module-next"));
    }

    /** The knowledge check's row in the module's steps (its state, e.g. "3 af 7 rigtige"). */
    public String quizStepText() {
        return browser.find(By.id("quiz-step")).getText();
    }

    public QuizPage openQuiz() {
        clickAndWaitForPathChange(By.id("quiz-link"));
        return new QuizPage(browser);
    }
}
