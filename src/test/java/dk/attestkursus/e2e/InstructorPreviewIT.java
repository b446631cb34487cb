package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.FormCase;
import dk.attestkursus.content.Module;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** An instructor previews a case and a knowledge check with the answers, and sees the run's counts. */
@IntegrationTest
class InstructorPreviewIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Autowired
    CourseContent content;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Test
    void instructor_previews_case_and_quiz_and_sees_counts_for_the_run() {
        Course course = TestAccounts.asAdmin(contexts, content::course);
        LoginPage.open(browser).login(DemoUser.PRAKSISKONSULENT.username, DemoUser.PASSWORD);

        FormCase first = course.cases().getFirst();
        browser.open("/kursus/cases/" + first.id());
        assertThat(browser.find(By.id("preview-note")).getText()).isEqualTo(DA.get("preview.note"));
        assertThat(browser.isPresent(By.id("case-submit")))
                .as("nothing to submit in preview")
                .isFalse();
        assertThat(browser.find(By.id("case-result")).getText()).contains(DA.get("cases.reasoning"));

        Module module = course.modules().getFirst();
        browser.open("/kursus/modul/" + module.key() + "/videnstjek");
        assertThat(browser.findAll(By.cssSelector(".quiz-question")))
                .hasSize(module.quiz().size());
        assertThat(browser.find(By.cssSelector(".quiz-question")).getText())
                .contains(module.quiz()
                        .getFirst()
                        .options()
                        .get(module.quiz().getFirst().correctIndex())
                        .explanation());

        browser.open("/underviser/laering");
        // the demo pair teaches two runs: the held one (six participants) and the upcoming one (one)
        assertThat(browser.findAll(By.cssSelector(".run-learning"))).hasSize(2);
        assertThat(browser.findAll(By.cssSelector(".modules-completed tbody tr")))
                .hasSize(2 * course.modules().size());
        assertThat(browser.findAll(By.cssSelector(".run-learning")).stream()
                        .map(e -> e.getText())
                        .toList())
                .anySatisfy(text -> assertThat(text).contains(DA.get("runLearning.participants", 1)))
                .anySatisfy(text -> assertThat(text).contains(DA.get("runLearning.participants", 6)));
    }
}
