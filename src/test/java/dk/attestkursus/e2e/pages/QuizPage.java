package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A module's knowledge check: a card per question with options (shown shuffled, so tests choose an
 * option by its text), an answer button, feedback, and the summary at the end.
 */
public final class QuizPage extends MainLayoutPage {

    public QuizPage(Browser browser) {
        super(browser);
        browser.find(By.className("quiz-question"));
    }

    private static String card(String questionId) {
        return ".quiz-question[data-question='" + questionId + "'] ";
    }

    /** The options' texts in the order the page shows them. */
    public List<String> shownOptions(String questionId) {
        return texts(browser.findAll(By.cssSelector(card(questionId) + "vaadin-radio-button > label")));
    }

    /** Chooses the option with this text and presses "Svar"; returns the verdict shown. */
    public String answer(String questionId, String optionText) {
        List<String> shown = shownOptions(questionId);
        int position = shown.indexOf(optionText.strip());
        if (position < 0) {
            throw new IllegalArgumentException("no option '" + optionText + "' in " + shown);
        }
        return answerShown(questionId, position);
    }

    /** Chooses the option shown at {@code position} (0 = the first on the screen) and presses "Svar". */
    public String answerShown(String questionId, int position) {
        browser.click(
                By.cssSelector(card(questionId) + "vaadin-radio-button:nth-of-type(" + (position + 1) + ") > label"));
        browser.click(By.cssSelector(card(questionId) + "vaadin-button.quiz-answer"));
        return browser.findVisible(By.cssSelector(card(questionId) + ".quiz-verdict"))
                .getText();
    }

    /** The option the question shows as chosen, or "" when none is. */
    public String chosenOption(String questionId) {
        return browser.findAll(By.cssSelector(card(questionId) + "vaadin-radio-button[checked] > label")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .findFirst()
                .orElse("");
    }

    /** The ids of the questions on the page, in order. */
    public List<String> questionIds() {
        return browser.findAll(By.className("quiz-question")).stream()
                .map(e -> e.getDomAttribute("data-question"))
                .toList();
    }

    /** The questions that can be answered now (not yet answered, or opened again by "Prøv igen"). */
    public List<String> openQuestionIds() {
        return browser.findAll(By.cssSelector(".quiz-question:has(vaadin-button.quiz-answer)")).stream()
                .map(e -> e.getDomAttribute("data-question"))
                .toList();
    }

    /** Whether the summary offers to try the wrongly answered questions again. */
    public boolean canRetryWrong() {
        return browser.isPresent(By.id("quiz-retry-wrong"));
    }

    /** How many options a question offers. */
    public int optionCount(String questionId) {
        return browser.findAll(By.cssSelector(card(questionId) + "vaadin-radio-button"))
                .size();
    }

    /** The feedback text under a question (verdict, explanation, the lesson to read again, sources). */
    public String feedback(String questionId) {
        return browser.find(By.cssSelector(card(questionId) + ".quiz-feedback")).getText();
    }

    /** Presses "Prøv igen" under a wrongly answered question. */
    public QuizPage tryAgain(String questionId) {
        browser.click(By.cssSelector(card(questionId) + "vaadin-button.quiz-try-again"));
        browser.waitUntil(d -> browser.isPresent(By.cssSelector(card(questionId) + "vaadin-button.quiz-answer"))
                && browser.findAll(By.cssSelector(card(questionId) + ".quiz-verdict"))
                        .isEmpty());
        return this;
    }

    /** Presses "Svar" without choosing; returns the error the question shows. */
    public String answerWithoutChoosing(String questionId) {
        browser.click(By.cssSelector(card(questionId) + "vaadin-button.quiz-answer"));
        return browser.find(By.cssSelector(card(questionId) + "vaadin-radio-group"))
                .getDomProperty("errorMessage");
    }

    /** Whether the summary at the end reports on every question (all are answered). */
    public boolean summaryComplete() {
        return "true".equals(browser.find(By.id("quiz-summary")).getDomAttribute("data-complete"));
    }

    /** The summary's score line, e.g. "Du har svaret rigtigt på 5 af 7 spørgsmål." */
    public String score() {
        return browser.findOnScreen(By.id("quiz-score")).getText();
    }

    public String summaryText() {
        return browser.find(By.id("quiz-summary")).getText();
    }

    /** The summary's "look again" links to lessons, as their texts. */
    public List<String> lookAgainLinks() {
        return texts(browser.findAll(By.cssSelector("#quiz-look-again a")));
    }

    /** Follows the summary's first "look again" link to its lesson. */
    public LessonPage openFirstLookAgain() {
        clickAndWaitForPathChange(By.cssSelector("#quiz-look-again a"));
        return new LessonPage(browser);
    }

    /** Presses the summary's button to try the wrongly answered questions again. */
    public QuizPage retryWrong() {
        browser.click(By.id("quiz-retry-wrong"));
        browser.waitUntil(d -> !summaryComplete());
        return this;
    }
}
