package dk.attestkursus.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.Handout;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Practice;
import dk.attestkursus.content.Program;
import dk.attestkursus.content.Question;
import dk.attestkursus.content.Survey;
import dk.attestkursus.content.Transfer;
import dk.attestkursus.content.Writing;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseProgressTest {

    private static Lesson lesson(String id, String module) {
        return new Lesson(
                id,
                module,
                id,
                "Lektion " + id,
                3,
                List.of("k"),
                List.of("Punkt"),
                List.of("Punkt"),
                List.of(),
                "<p>x</p>");
    }

    private static Question question(String id) {
        return new Question(
                id,
                "?",
                List.of(new Question.Option("ja", true, "fordi"), new Question.Option("nej", false, "fordi ikke")),
                List.of("k"),
                "l1");
    }

    private static Course course(List<Module> modules) {
        return new Course(
                "Kursus",
                "Tag",
                "k",
                List.of(),
                modules,
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                noWriting(),
                noProgram(),
                new Transfer(
                        new Survey("s", "S", "I", List.of("1", "2", "3", "4", "5"), List.of(), "?", "k"),
                        List.of(),
                        List.of()),
                new Practice(List.of(2), LocalTime.of(9, 0), 14, List.of()));
    }

    private final Module m1 = new Module(
            "01-a",
            "A",
            "o",
            "s",
            List.of(lesson("l1", "01-a"), lesson("l2", "01-a")),
            List.of(question("q1"), question("q2")));
    private final Module m2 = new Module("02-b", "B", "o", "s", List.of(lesson("l3", "02-b")), List.of(question("q3")));

    @Test
    void nothing_done_is_zero_and_resumes_at_the_first_lesson() {
        CourseProgress progress = CourseProgress.of(course(List.of(m1, m2)), Set.of(), Map.of());
        assertThat(progress.percent()).isZero();
        assertThat(progress.resume(course(List.of(m1, m2)))).hasValueSatisfying(r -> {
            assertThat(r.module().key()).isEqualTo("01-a");
            assertThat(r.lesson()).map(Lesson::id).contains("l1");
        });
    }

    @Test
    void lessons_read_and_questions_answered_right_count_wrong_answers_do_not() {
        Course course = course(List.of(m1, m2));
        CourseProgress progress = CourseProgress.of(course, Set.of("l1", "l2"), Map.of("q1", true, "q2", false));
        ModuleProgress first = progress.module("01-a").orElseThrow();
        assertThat(first.stepsDone()).isEqualTo(3);
        assertThat(first.percent()).isEqualTo(75);
        assertThat(first.complete()).isFalse();
        assertThat(progress.percent()).isEqualTo(3 * 100 / 6);
        assertThat(progress.resume(course)).hasValueSatisfying(r -> {
            assertThat(r.module().key()).isEqualTo("01-a");
            assertThat(r.lesson()).as("the knowledge check is next").isEmpty();
        });
    }

    @Test
    void a_lesson_removed_from_the_content_drops_out_and_unchanged_ones_keep_their_progress() {
        CourseProgress before = CourseProgress.of(course(List.of(m1, m2)), Set.of("l1", "l3"), Map.of("q3", true));
        assertThat(before.module("02-b").orElseThrow().complete()).isTrue();

        Module m1WithoutL2 = new Module("01-a", "A", "o", "s", List.of(lesson("l1", "01-a")), List.of());
        Course changed = course(List.of(m1WithoutL2, m2));
        CourseProgress after =
                CourseProgress.of(changed, Set.of("l1", "l2-old", "l3"), Map.of("q3", true, "gone", true));
        assertThat(after.readLessons()).containsExactlyInAnyOrder("l1", "l3");
        assertThat(after.answers()).containsOnlyKeys("q3");
        assertThat(after.percent()).isEqualTo(100);
        assertThat(after.resume(changed)).isEmpty();
    }

    private static Writing noWriting() {
        var ref = new Writing.Ref("x", List.of());
        return new Writing(
                List.of(),
                new Writing.Rubric(List.of(0), List.of()),
                List.of(),
                new Writing.GuidanceRules(1, List.of(), ref, "LÆ 125", 3, ref, List.of(), ref, ref, ref, ref));
    }

    private static Program noProgram() {
        return new Program(
                "Drejebog",
                0,
                "Note",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "",
                new Handout("Huskeliste", "Intro", List.of(), "Attester"));
    }
}
