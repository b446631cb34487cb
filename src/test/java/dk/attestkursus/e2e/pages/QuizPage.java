package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;

/** A module's knowledge check: a card per question with options, an answer button and feedback. */
public final class QuizPage extends MainLayoutPage {

    public QuizPage(Browser browser) {
        super(browser);
        browser.find(By.className("quiz-question"));
    }

    private static String card(String questionId) {
        return ".quiz-question[data-question='" + questionId + "'] ";
    }

    /** Chooses option number {@code index} (0-based) and presses "Svar"; returns the verdict shown. */
    public String answer(String questionId, int index) {
        browser.click(By.cssSelector(card(questionId) + "vaadin-radio-button:nth-of-type(" + (index + 1) + ") > label"));
        browser.click(By.cssSelector(card(questionId) + "vaadin-button.quiz-answer"));
        return browser.findVisible(By.cssSelector(card(questionId) + ".quiz-verdict")).getText();
    }

    /** The ids of the questions on the page, in order. */
    public java.util.List<String> questionIds() {
        return browser.findAll(By.className("quiz-question")).stream().map(e -> e.getDomAttribute("data-question")).toList();
    }

    /** How many options a question offers. */
    public int optionCount(String questionId) {
        return browser.findAll(By.cssSelector(card(questionId) + "vaadin-radio-button")).size();
    }

    /** The feedback text under a question (verdict, explanation, sources). */
    public String feedback(String questionId) {
        return browser.find(By.cssSelector(card(questionId) + ".quiz-feedback")).getText();
    }

    /** Presses "Svar" without choosing; returns the error the question shows. */
    public String answerWithoutChoosing(String questionId) {
        browser.click(By.cssSelector(card(questionId) + "vaadin-button.quiz-answer"));
        return browser.find(By.cssSelector(card(questionId) + "vaadin-radio-group")).getDomProperty("errorMessage");
    }
}
