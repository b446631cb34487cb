package dk.attestkursus.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.FormCase;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
import dk.attestkursus.kernel.OptionOrder;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.NewAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.RunAs;
import dk.attestkursus.testsupport.Unique;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Progress, answers and case choices are stored per caseworker and survive a new session. */
@IntegrationTest
class LearningServiceIT {

    @Autowired
    LearningService learning;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseContent content;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy contexts;

    private String caseworker;
    private long caseworkerId;
    private Course course;

    @BeforeEach
    void newCaseworker() {
        String username = "laerer" + Unique.tag();
        CreatedAccount created = as(
                "admin",
                () -> accounts.create(
                        new NewAccount("Lære Ling", username, username + "@example.dk", Role.PARTICIPANT, null, null)));
        caseworkerId = created.account().id().value();
        caseworker = username;
        course = as("admin", content::course);
    }

    /** Runs an action as the given user, as a fresh login (a new session) would. */
    private <T> T as(String username, Supplier<T> action) {
        return new RunAs(users, contexts).as(username, action);
    }

    @Test
    void reading_lessons_and_answering_right_moves_progress_and_it_is_there_at_the_next_login() {
        Lesson first = course.modules().getFirst().lessons().getFirst();
        CourseProgress after = as(caseworker, () -> learning.markRead(first.id()));
        as(caseworker, () -> learning.markRead(first.id())); // twice changes nothing
        assertThat(after.readLessons()).containsExactly(first.id());
        assertThat(after.percent()).isPositive();

        Question question = course.modules().getFirst().quiz().getFirst();
        int wrong = question.correctIndex() == 0 ? 1 : 0;
        AnswerFeedback miss = as(caseworker, () -> learning.answer(question.id(), wrong));
        assertThat(miss.correct()).isFalse();
        assertThat(miss.explanation()).isEqualTo(question.options().get(wrong).explanation());
        AnswerFeedback hit = as(caseworker, () -> learning.answer(question.id(), question.correctIndex()));
        assertThat(hit.correct()).isTrue();
        assertThat(hit.attempts()).isEqualTo(2);

        CourseProgress later = as(caseworker, learning::myProgress);
        assertThat(later.readLessons()).containsExactly(first.id());
        assertThat(later.answers()).containsEntry(question.id(), true);
        assertThat(later.module(course.modules().getFirst().key()).orElseThrow().stepsDone())
                .isEqualTo(2);
        assertThat(as("sagsbehandler", learning::myProgress).readLessons())
                .as("another caseworker's progress is their own")
                .doesNotContain(first.id());
    }

    @Test
    void a_case_choice_with_confidence_is_kept_and_judged_against_the_experts() {
        FormCase formCase = course.cases().getFirst();
        String best = formCase.best().getFirst();
        CaseFeedback feedback = as(caseworker, () -> learning.answerCase(formCase.id(), best, 4));
        assertThat(feedback.verdict()).isEqualTo(CaseFeedback.Verdict.BEST);
        assertThat(as(caseworker, () -> learning.myCaseAnswer(formCase.id()))).contains(feedback);

        String other = course.forms().stream()
                .map(f -> f.number())
                .filter(n ->
                        !formCase.best().contains(n) && !formCase.defensible().contains(n))
                .findFirst()
                .orElseThrow();
        assertThat(as(caseworker, () -> learning.answerCase(formCase.id(), other, 2))
                        .verdict())
                .isEqualTo(CaseFeedback.Verdict.OTHER);
        assertThat(as(caseworker, learning::myCaseChoices)).containsEntry(formCase.id(), other);
    }

    @Test
    void unknown_ids_and_bad_values_are_refused_and_nothing_is_stored() {
        FormCase formCase = course.cases().getFirst();
        Question question = course.modules().getFirst().quiz().getFirst();
        assertThatThrownBy(() -> as(caseworker, () -> learning.markRead("findes-ikke")))
                .isInstanceOf(UnknownContentException.class);
        assertThatThrownBy(() -> as(caseworker, () -> learning.answer(question.id(), 99)))
                .isInstanceOf(UnknownContentException.class);
        assertThatThrownBy(() -> as(caseworker, () -> learning.answerCase(formCase.id(), "LÆ 999", 3)))
                .isInstanceOf(UnknownContentException.class);
        assertThatThrownBy(() -> as(caseworker, () -> learning.answerCase(formCase.id(), FormCase.NONE, 6)))
                .isInstanceOf(IllegalArgumentException.class);
        CourseProgress progress = as(caseworker, learning::myProgress);
        assertThat(progress.readLessons()).isEmpty();
        assertThat(progress.answers()).isEmpty();
        assertThat(as(caseworker, learning::myCaseChoices)).isEmpty();
    }

    @Test
    @WithUserDetails(value = "praksiskonsulent", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void other_roles_have_no_personal_progress() {
        assertThatThrownBy(() -> learning.myProgress()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> learning.markRead(
                        course.lessons().map(Lesson::id).findFirst().orElseThrow()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_options_are_shuffled_the_same_on_reload_new_after_an_answer_and_always_picking_the_first_fails() {
        Module first = course.modules().getFirst();
        List<QuizItem> sheet = as(caseworker, () -> learning.myQuiz(first.key()));
        assertThat(as(caseworker, () -> learning.myQuiz(first.key())))
                .as("a reload shows the same order")
                .isEqualTo(sheet);
        assertThat(sheet)
                .extracting(item -> item.question().id())
                .containsExactlyElementsOf(
                        first.quiz().stream().map(Question::id).toList());
        for (QuizItem item : sheet) {
            assertThat(item.answered()).isFalse();
            assertThat(item.nextOrder()).containsExactlyInAnyOrderElementsOf(contentOrder(item));
            assertThat(item.answeredOrder()).isEqualTo(item.nextOrder());
        }
        assertThat(sheet)
                .as("what the caseworker sees is not the file's order")
                .anySatisfy(item -> assertThat(item.nextOrder()).isNotEqualTo(contentOrder(item)));

        // Always choosing the option shown first: stored by content index, and not all right.
        for (QuizItem item : sheet) {
            int shownFirst = item.nextOrder().getFirst();
            AnswerFeedback feedback =
                    as(caseworker, () -> learning.answer(item.question().id(), shownFirst));
            assertThat(feedback.chosen()).isEqualTo(shownFirst);
            assertThat(feedback.correct())
                    .isEqualTo(item.question().options().get(shownFirst).correct());
            assertThat(feedback.explanation())
                    .isEqualTo(item.question().options().get(shownFirst).explanation());
        }
        List<QuizItem> after = as(caseworker, () -> learning.myQuiz(first.key()));
        assertThat(after)
                .filteredOn(QuizItem::right)
                .as("always the first shown is not all right")
                .hasSizeLessThan(first.quiz().size());
        for (int i = 0; i < after.size(); i++) {
            QuizItem was = sheet.get(i);
            QuizItem now = after.get(i);
            assertThat(now.chosen())
                    .as("the option chosen, by content index")
                    .contains(was.nextOrder().getFirst());
            assertThat(now.answeredOrder())
                    .as("shown again in the order it was answered in")
                    .isEqualTo(was.nextOrder());
            assertThat(now.nextOrder())
                    .as("the next try has an order of its own")
                    .isEqualTo(OptionOrder.of(
                            caseworkerId,
                            now.question().id(),
                            1,
                            now.question().options().size()));
        }
        int right = as(caseworker, learning::myProgress)
                .module(first.key())
                .orElseThrow()
                .questionsRight();
        assertThat(right).isEqualTo((int) after.stream().filter(QuizItem::right).count());
    }

    @Test
    void across_the_course_always_choosing_the_first_shown_option_gets_about_a_third_right() {
        int questions = 0;
        int right = 0;
        for (Module module : course.modules()) {
            for (QuizItem item : as(caseworker, () -> learning.myQuiz(module.key()))) {
                questions++;
                right += item.question()
                                .options()
                                .get(item.nextOrder().getFirst())
                                .correct()
                        ? 1
                        : 0;
            }
        }
        assertThat(questions).isEqualTo(22);
        assertThat(right).as("in the file's order it was all 22").isLessThan(16);
    }

    private static List<Integer> contentOrder(QuizItem item) {
        return IntStream.range(0, item.question().options().size()).boxed().toList();
    }
}
