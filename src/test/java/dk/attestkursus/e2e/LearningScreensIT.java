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
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The screens of the course as a caseworker meets them (issue 19): a knowledge check whose options
 * are shuffled and which ends with a summary, lessons with numbered notes, a module page that leads
 * to its first lesson, a start page listing the modules with ticks and reading time, a case that
 * leads on to the next. Each page passes axe and is saved as screenshots at 360, 1280 and 1920 px
 * under {@code target/screenshots/learning}; a lesson at 1280 px also as {@code docs/screenshots/lesson-1280.png}.
 */
@IntegrationTest
class LearningScreensIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Autowired
    CourseContent content;

    @Autowired
    AccountService accountService;

    @Autowired
    SecurityContextHolderStrategy contexts;

    private Course course() {
        return TestAccounts.asAdmin(contexts, content::course);
    }

    private void loginAsNewCaseworker(String prefix) {
        CreatedAccount me = new TestAccounts(accountService, contexts).create(prefix, Role.PARTICIPANT);
        LoginPage.open(browser).login(me.account().username(), me.initialPassword());
    }

    @Test
    void the_check_shows_options_shuffled_and_always_choosing_the_first_ends_in_a_summary_with_lessons_to_read() {
        Module first = course().modules().getFirst();
        loginAsNewCaseworker("blandet");
        browser.open("/kursus/modul/" + first.key() + "/videnstjek");
        QuizPage quiz = new QuizPage(browser);
        assertThat(quiz.summaryComplete()).isFalse();

        for (Question q : first.quiz()) {
            assertThat(quiz.shownOptions(q.id())).containsExactlyInAnyOrderElementsOf(inFile(q));
        }
        assertThat(first.quiz())
                .as("what the caseworker sees is not the file's order")
                .anySatisfy(q -> assertThat(quiz.shownOptions(q.id())).isNotEqualTo(inFile(q)));
        List<String> firstShown = first.quiz().stream()
                .map(q -> quiz.shownOptions(q.id()).getFirst())
                .toList();
        browser.open("/kursus/modul/" + first.key() + "/videnstjek");
        QuizPage reloaded = new QuizPage(browser);
        assertThat(first.quiz().stream()
                        .map(q -> reloaded.shownOptions(q.id()).getFirst())
                        .toList())
                .as("a reload shows the same order")
                .isEqualTo(firstShown);

        // "Always pick the first" no longer passes: the summary says how many and which to read again.
        first.quiz().forEach(q -> reloaded.answerShown(q.id(), 0));
        int right = (int) IntStream.range(0, first.quiz().size())
                .filter(i -> isRight(first.quiz().get(i), firstShown.get(i)))
                .count();
        assertThat(right).isLessThan(first.quiz().size());
        assertThat(reloaded.summaryComplete()).isTrue();
        assertThat(reloaded.score())
                .isEqualTo(DA.get("quiz.summary.score", right, first.quiz().size()));
        List<String> toRead = IntStream.range(0, first.quiz().size())
                .filter(i -> !isRight(first.quiz().get(i), firstShown.get(i)))
                .mapToObj(i -> DA.get(
                        "quiz.readAgain", lessonOf(first, first.quiz().get(i)).title()))
                .toList();
        assertThat(reloaded.lookAgainLinks()).containsExactlyElementsOf(toRead);
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "learning/quiz-summary");

        // After a reload the answers stand as they were given, in the order they were given in.
        browser.open("/kursus/modul/" + first.key() + "/videnstjek");
        QuizPage again = new QuizPage(browser);
        assertThat(again.summaryComplete()).isTrue();
        for (int i = 0; i < first.quiz().size(); i++) {
            Question q = first.quiz().get(i);
            assertThat(again.chosenOption(q.id())).isEqualTo(firstShown.get(i));
            assertThat(again.shownOptions(q.id()).getFirst()).isEqualTo(firstShown.get(i));
        }
        assertThat(again.openQuestionIds())
                .as("every question answered: none open")
                .isEmpty();
        assertThat(again.canRetryWrong()).isTrue();
        again.retryWrong();
        assertThat(again.openQuestionIds())
                .as("a new try opens exactly the wrongly answered questions")
                .containsExactlyElementsOf(IntStream.range(0, first.quiz().size())
                        .filter(i -> !isRight(first.quiz().get(i), firstShown.get(i)))
                        .mapToObj(i -> first.quiz().get(i).id())
                        .toList());
        for (Question q : first.quiz()) {
            if (!isRight(q, firstShown.get(first.quiz().indexOf(q)))) {
                assertThat(again.chosenOption(q.id()))
                        .as("a new try starts with nothing chosen")
                        .isEmpty();
                again.answer(q.id(), q.options().get(q.correctIndex()).text());
            }
        }
        assertThat(again.score())
                .isEqualTo(DA.get(
                        "quiz.summary.score", first.quiz().size(), first.quiz().size()));
        assertThat(again.summaryText()).contains(DA.get("quiz.summary.allRight"));
        assertThat(again.canRetryWrong()).as("nothing left to try again").isFalse();
    }

    private static List<String> inFile(Question question) {
        return question.options().stream().map(Question.Option::text).toList();
    }

    private static boolean isRight(Question question, String optionText) {
        return question.options().stream().anyMatch(o -> o.correct() && o.text().equals(optionText));
    }

    private static Lesson lessonOf(Module module, Question question) {
        return module.lessons().stream()
                .filter(l -> l.id().equals(question.lessonId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_lesson_names_its_sources_as_numbered_notes_at_the_end_and_a_number_leads_to_its_note() {
        Module first = course().modules().getFirst();
        Lesson lesson = first.lessons().getFirst();
        loginAsNewCaseworker("noter");
        browser.open("/kursus/modul/" + first.key() + "/" + lesson.slug());
        LessonPage page = new LessonPage(browser);

        assertThat(page.bodyText()).doesNotContain("(Kilde:").doesNotContain("[^");
        assertThat(page.meta())
                .isEqualTo(DA.get("lesson.meta", 1, first.lessons().size(), lesson.minutes()));
        assertThat(page.sources()).hasSize(lesson.sourceIds().size());
        assertThat(page.noteNumbers())
                .isNotEmpty()
                .allSatisfy(n -> assertThat(Integer.parseInt(n))
                        .isBetween(1, lesson.sourceIds().size()));
        assertThat(page.noteNumbers().getFirst()).isEqualTo("1");
        assertThat(page.followNote(2).getText()).isEqualTo(page.sources().get(1));
        assertThat(page.path()).as("the note is on the same page").endsWith("/" + lesson.slug());
        Axe.assertNoViolations(browser);

        browser.open("/kursus/modul/" + first.key() + "/" + lesson.slug());
        new LessonPage(browser);
        Screenshots.pages(browser, "learning/lesson");
        Screenshots.page(browser, 1280, Screenshots.docs("lesson-1280.png"));
    }

    @Test
    void the_module_page_leads_to_the_first_lesson_then_ticks_it_and_leads_on() {
        Module first = course().modules().getFirst();
        loginAsNewCaseworker("modul");
        CourseHomePage home = new CourseHomePage(browser);
        assertThat(home.nextStepText()).isEqualTo(DA.get("course.home.startModule", first.title()));
        home.followNextStep();
        ModulePage module = new ModulePage(browser);
        assertThat(module.nextStepText())
                .as("the overview's main action is the first lesson, not the check")
                .isEqualTo(DA.get("module.start", first.lessons().getFirst().title()));
        assertThat(module.quizStepText())
                .contains(DA.get("module.questions", first.quiz().size()));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "learning/module-new");

        module.followNextStep();
        new LessonPage(browser).markRead();
        browser.open("/kursus/modul/" + first.key());
        module = new ModulePage(browser);
        assertThat(module.readLessonCount()).isEqualTo(1);
        assertThat(module.nextStepText())
                .isEqualTo(DA.get("module.continue", first.lessons().get(1).title()));
        Screenshots.pages(browser, "learning/module-started");
    }

    @Test
    void the_start_page_lists_the_modules_with_ticks_reading_time_and_progress() {
        Course course = course();
        LoginPage.open(browser).login("ali", DemoUser.PASSWORD); // completed every module in the held demo run
        CourseHomePage done = new CourseHomePage(browser);
        assertThat(done.completedModules()).isEqualTo(course.modules().size());
        assertThat(course.modules())
                .allSatisfy(m -> assertThat(done.moduleProgressPercent(m.key())).isEqualTo(100));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "learning/start-complete");

        browser.driver().manage().deleteAllCookies();
        loginAsNewCaseworker("forside");
        CourseHomePage fresh = new CourseHomePage(browser);
        assertThat(fresh.completedModules()).isZero();
        assertThat(fresh.moduleTitles()).hasSize(course.modules().size());
        Screenshots.pages(browser, "learning/start-new");
    }

    @Test
    void a_case_ends_with_the_way_to_the_next_case_and_the_last_with_the_way_back() {
        Course course = course();
        loginAsNewCaseworker("sag");
        CasePage cases = CasePage.openList(browser).openCase(1);
        FormCase first = course.cases().getFirst();
        cases.submit(
                first.best().getFirst().equals(FormCase.NONE)
                        ? DA.get("cases.none")
                        : first.best().getFirst(),
                3);
        assertThat(cases.nextCaseText())
                .isEqualTo(DA.get("cases.next", course.cases().get(1).title()));
        Axe.assertNoViolations(browser);
        cases.openNextCase();
        assertThat(cases.path())
                .isEqualTo("/kursus/cases/" + course.cases().get(1).id());

        FormCase last = course.cases().getLast();
        browser.open("/kursus/cases/" + last.id());
        cases = new CasePage(browser);
        cases.submit(
                last.best().getFirst().equals(FormCase.NONE)
                        ? DA.get("cases.none")
                        : last.best().getFirst(),
                5);
        assertThat(cases.nextCaseText()).isEqualTo(DA.get("cases.lastDone"));
    }
}
