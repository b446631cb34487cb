package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.e2e.pages.QuizPage;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Keyboard users: the first Tab after login reaches the skip link, which moves focus to the main content. */
@IntegrationTest
class KeyboardIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    @ParameterizedTest
    @EnumSource(
            value = DemoUser.class,
            names = {"SAGSBEHANDLER", "ADMIN"})
    void skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content(DemoUser user) {
        MainLayoutPage page = LoginPage.open(browser).login(user.username, DemoUser.PASSWORD);
        assertThat(page.path()).isEqualTo(user.startPath);
        WebElement skip = page.skipLink();

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();

        assertThat(activeElementId()).as("first Tab stop").isEqualTo("skip-link");
        assertThat(skip.getText())
                .as("visible text of the focused skip link")
                .isEqualTo(Texts.DA.get("layout.skipToContent"));
        assertThat(browser.<Boolean>script("""
                const r = arguments[0].getBoundingClientRect();
                return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
                """, skip))
                .as("the focused skip link is on screen")
                .isTrue();

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitForVaadin();

        assertThat(activeElementId()).as("focus after the skip link").isEqualTo("main-content");
        assertThat(browser.path()).as("the skip link does not navigate away").isEqualTo(user.startPath);
        assertThat(page.mainContent().getDomAttribute("role")).isEqualTo("main");
    }

    private String activeElementId() {
        browser.waitForVaadin();
        return browser.script("return document.activeElement ? document.activeElement.id : null;");
    }

    @Autowired
    CourseContent content;

    @Autowired
    AccountService accountService;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Test
    void a_knowledge_check_question_is_answered_with_the_keyboard_alone() {
        var course = TestAccounts.asAdmin(contexts, content::course);
        var module = course.modules().getFirst();
        var question = module.quiz().getFirst();
        var me = new TestAccounts(accountService, contexts).create("tastatur", Role.PARTICIPANT);
        LoginPage.open(browser).login(me.account().username(), me.initialPassword());
        browser.open("/kursus/modul/" + module.key() + "/videnstjek");
        browser.find(By.className("quiz-question"));

        // Tab until focus is in the first question (the skip link, menu and back link come first).
        for (int i = 0; i < 40 && !focusInFirstQuestion(); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(focusInFirstQuestion()).as("Tab reaches the first question").isTrue();
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        // The options are shown shuffled: go down to where the right one is shown.
        int shownAt = new QuizPage(browser)
                .shownOptions(question.id())
                .indexOf(question.options().get(question.correctIndex()).text());
        assertThat(shownAt).isNotNegative();
        for (int i = 0; i < shownAt; i++) {
            new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        }
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.<String>script("return document.activeElement.textContent.trim();"))
                .isEqualTo(Texts.DA.get("quiz.answer"));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitForVaadin();

        assertThat(browser.find(By.cssSelector(".quiz-question[data-question='" + question.id() + "'] .quiz-verdict"))
                        .getText())
                .isEqualTo(Texts.DA.get("quiz.right"));
    }

    private boolean focusInFirstQuestion() {
        return Boolean.TRUE.equals(browser.script("""
                const q = document.querySelector('.quiz-question');
                return !!(q && document.activeElement && q.contains(document.activeElement)
                    && document.activeElement.closest('vaadin-radio-group'));
                """));
    }
}
