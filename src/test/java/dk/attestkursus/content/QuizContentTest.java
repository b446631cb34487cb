package dk.attestkursus.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A knowledge check must not give its answers away: the right option may not sit at the same
 * position in every question, an explanation does not begin with a verdict (the page shows it),
 * and each question names the lesson to read again. The course's own checks pass these rules.
 */
class QuizContentTest {

    private static final String QUIZ = "modules/02-attest/quiz.yml";

    @TempDir
    Path root;

    @BeforeEach
    void validTree() throws IOException {
        new ContentLoaderTest().copyValidTreeTo(root);
    }

    @Test
    void a_question_names_the_lesson_to_read_again() {
        Course course = new ContentLoader().load(root);
        assertThat(course.modules().get(1).quiz())
                .extracting(Question::lessonId)
                .containsOnly("lektion-3");
    }

    static Stream<Arguments> broken() {
        String quiz = ContentLoaderTest.quiz("attest");
        // Every question with the right option first: the even ones list the wrong option first.
        String rightAlwaysFirst = quiz.replace("""
                      - text: Forkert
                        explanation: Derfor ikke.
                      - text: Rigtigt
                        correct: true
                        explanation: Derfor.
                """, """
                      - text: Rigtigt
                        correct: true
                        explanation: Derfor.
                      - text: Forkert
                        explanation: Derfor ikke.
                """);
        return Stream.of(
                arguments(
                        "the right option first in every question",
                        quiz,
                        rightAlwaysFirst,
                        2,
                        "the right option is option 1 in every question"),
                arguments(
                        "an explanation beginning with a verdict",
                        quiz,
                        quiz.replaceFirst("explanation: Derfor ikke.", "explanation: \"Nej. Derfor ikke.\""),
                        10,
                        "does not begin with a verdict"),
                arguments(
                        "\"Ikke helt\" as a verdict",
                        quiz,
                        quiz.replaceFirst("explanation: Derfor ikke.", "explanation: \"Ikke helt – derfor ikke.\""),
                        10,
                        "does not begin with a verdict"),
                arguments(
                        "a question without a lesson",
                        quiz,
                        quiz.replaceFirst("    lesson: lektion-3\n", ""),
                        2,
                        "missing required field 'lesson'"),
                arguments(
                        "a lesson of another module",
                        quiz,
                        quiz.replaceFirst("lesson: lektion-3", "lesson: lektion-1"),
                        11,
                        "not a lesson of this module"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void a_check_that_gives_answers_away_or_points_nowhere_is_refused_naming_file_and_line(
            String what, String valid, String broken, int line, String problem) throws IOException {
        assertThat(broken).isNotEqualTo(valid);
        Files.writeString(root.resolve(QUIZ), broken);

        assertThatThrownBy(() -> new ContentLoader().load(root)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.file()).isEqualTo(root.resolve(QUIZ));
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.problem()).contains(problem);
        });
    }

    @Test
    void in_the_course_the_right_option_is_not_always_at_one_position_and_no_explanation_opens_with_a_verdict() {
        Course course = new ContentLoader().load(Path.of("content"));
        int questions = 0;
        for (Module module : course.modules()) {
            assertThat(module.quiz().stream()
                            .map(Question::correctIndex)
                            .distinct()
                            .count())
                    .as(module.key())
                    .isGreaterThan(1);
            questions += module.quiz().size();
            assertThat(module.quiz())
                    .allSatisfy(q -> assertThat(module.lesson(slugOf(module, q.lessonId())))
                            .isPresent());
        }
        assertThat(questions).isEqualTo(22);
        // "Always pick the first" would no longer pass even in the file's order.
        long firstRight = course.modules().stream()
                .flatMap(m -> m.quiz().stream())
                .filter(q -> q.correctIndex() == 0)
                .count();
        assertThat(firstRight).isLessThan(questions / 2);
    }

    private static String slugOf(Module module, String lessonId) {
        return module.lessons().stream()
                .filter(l -> l.id().equals(lessonId))
                .map(Lesson::slug)
                .findFirst()
                .orElse("");
    }
}
