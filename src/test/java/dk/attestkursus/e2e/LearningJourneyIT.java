package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.FormCase;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
import dk.attestkursus.e2e.pages.CasePage;
import dk.attestkursus.e2e.pages.CourseHomePage;
import dk.attestkursus.e2e.pages.LessonPage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.ModulePage;
import dk.attestkursus.e2e.pages.QuizPage;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A caseworker completes module 1 with its knowledge check, logs out, comes back to where they
 * left off, and solves two "which form?" cases.
 */
@IntegrationTest
class LearningJourneyIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Autowired
    CourseContent content;

    @Autowired
    AccountService accountService;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Test
    void caseworker_completes_module_one_resumes_after_logout_and_solves_two_cases() {
        Course course = TestAccounts.asAdmin(contexts, content::course);
        CreatedAccount me = new TestAccounts(accountService, contexts).create("kursist", Role.PARTICIPANT);
        String username = me.account().username();
        LoginPage.open(browser).login(username, me.initialPassword());
        CourseHomePage home = new CourseHomePage(browser);
        assertThat(home.progressPercent()).isZero();

        Module first = course.modules().getFirst();
        ModulePage module = home.openModule(1);
        for (int i = 1; i <= first.lessons().size(); i++) {
            Lesson lesson = first.lessons().get(i - 1);
            LessonPage page = module.openLesson(i);
            assertThat(page.keyPoints()).containsExactlyElementsOf(lesson.keyPoints());
            assertThat(page.isMarkedRead()).isFalse();
            page.markRead();
            browser.open("/kursus/modul/" + first.key());
            module = new ModulePage(browser);
            assertThat(module.readLessonCount()).isEqualTo(i);
        }

        assertThat(module.nextStepText())
                .as("all lessons read: the check is next")
                .isEqualTo(DA.get("module.takeQuiz"));
        QuizPage quiz = module.openQuiz();
        Question q1 = first.quiz().getFirst();
        String wrong = q1.options().stream()
                .filter(o -> !o.correct())
                .findFirst()
                .orElseThrow()
                .text();
        assertThat(quiz.answerWithoutChoosing(q1.id())).isEqualTo(DA.get("quiz.chooseFirst"));
        assertThat(quiz.answer(q1.id(), wrong)).isEqualTo(DA.get("quiz.wrong"));
        Lesson toReadAgain = first.lessons().stream()
                .filter(l -> l.id().equals(q1.lessonId()))
                .findFirst()
                .orElseThrow();
        assertThat(quiz.feedback(q1.id()))
                .contains(explanation(q1, wrong))
                .contains(DA.get("quiz.readAgain", toReadAgain.title()));
        quiz.tryAgain(q1.id());
        for (Question q : first.quiz()) {
            assertThat(quiz.answer(q.id(), q.options().get(q.correctIndex()).text()))
                    .as(q.id())
                    .isEqualTo(DA.get("quiz.right"));
        }
        assertThat(quiz.score())
                .isEqualTo(DA.get(
                        "quiz.summary.score", first.quiz().size(), first.quiz().size()));
        browser.open("/kursus/modul/" + first.key());
        assertThat(new ModulePage(browser).progressPercent()).isEqualTo(100);

        // Log out and back in: the course resumes at module 2's first lesson.
        new ModulePage(browser).logout().login(username, me.initialPassword());
        home = new CourseHomePage(browser);
        assertThat(home.moduleProgressPercent(first.key())).isEqualTo(100);
        assertThat(home.progressPercent()).isPositive().isLessThan(100);
        Module second = course.modules().get(1);
        Lesson next = second.lessons().getFirst();
        assertThat(home.nextStepText()).isEqualTo(DA.get("course.home.resumeLesson", next.title()));
        home.followNextStep();
        assertThat(home.path()).isEqualTo("/kursus/modul/" + second.key() + "/" + next.slug());

        // Two cases: the experts' answer, then a choice that is not.
        CasePage cases = CasePage.openList(browser);
        assertThat(cases.answeredCount()).isZero();
        FormCase case1 = course.cases().get(0);
        String best = case1.best().getFirst();
        assertThat(cases.openCase(1).submit(label(best), 4))
                .isEqualTo(DA.get("cases.verdict.best", optionLabel(course, best)));
        assertThat(cases.result()).contains(DA.get("cases.reasoning"));

        FormCase case2 = course.cases().get(1);
        String other = course.forms().stream()
                .map(f -> f.number())
                .filter(n -> !case2.best().contains(n) && !case2.defensible().contains(n))
                .findFirst()
                .orElseThrow();
        cases = CasePage.openList(browser);
        assertThat(cases.openCase(2).submit(other, 2))
                .isEqualTo(DA.get("cases.verdict.other", optionLabel(course, other)));
        assertThat(CasePage.openList(browser).answeredCount()).isEqualTo(2);
    }

    private static String explanation(Question question, String optionText) {
        return question.options().stream()
                .filter(o -> o.text().equals(optionText))
                .findFirst()
                .orElseThrow()
                .explanation();
    }

    private static String label(String choice) {
        return FormCase.NONE.equals(choice) ? DA.get("cases.none") : choice;
    }

    private static String optionLabel(Course course, String choice) {
        return FormCase.NONE.equals(choice)
                ? DA.get("cases.none")
                : course.forms().stream()
                        .filter(f -> f.number().equals(choice))
                        .findFirst()
                        .map(f -> f.number() + " " + f.title())
                        .orElseThrow();
    }
}
