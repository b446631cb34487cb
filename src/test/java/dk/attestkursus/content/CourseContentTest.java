package dk.attestkursus.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The real course in content/ loads, and keeps the course guide's three objectives word for word. */
class CourseContentTest {

    private final Course course = new ContentLoader().load(Path.of("content"));

    @Test
    void the_course_has_the_three_learning_objectives_quoted_from_the_course_guide() {
        assertThat(course.objectives())
                .extracting(Objective::text)
                .containsExactly(
                        "At skabe forståelse for opgaver og ansvarsområder i det socialt-lægelige samarbejde.",
                        "At det er vanskeligt at vælge den rette lægeattest, så vær omhyggelig.",
                        "At målrette anmodninger til de praktiserende læger.");
    }

    @Test
    void the_myths_of_the_course_guide_are_there_with_its_verdicts_and_figures_quoted_exactly() {
        assertThat(course.myths())
                .extracting(Myth::id, Myth::verdict, Myth::figure)
                .startsWith(
                        Tuple.tuple("roller-overskrides", Myth.Verdict.MYTH, "under 5%"),
                        Tuple.tuple("for-mange-fagtermer", Myth.Verdict.MYTH, "5% eller færre"),
                        Tuple.tuple("kun-tre-spoergsmaal", Myth.Verdict.NUANCED, "3 spørgsmål"),
                        Tuple.tuple(
                                "let-at-vaelge-attest", Myth.Verdict.MYTH, "to erfarne speciallæger i socialmedicin"),
                        Tuple.tuple("anmodningen-betyder-intet", Myth.Verdict.MYTH, "signifikant forbedring"));
        assertThat(course.myths()).allSatisfy(myth -> {
            assertThat(myth.sourceIds()).contains("kursusvejledning");
            assertThat(myth.explanation()).contains("(Kilde:");
            assertThat(myth.picture().alt()).isNotBlank();
        });
        // The roles myth warns against single cases, as the guide does; the jargon myth praises.
        assertThat(course.myth("roller-overskrides").orElseThrow().instructorNote())
                .contains("enkeltsager");
        assertThat(course.myth("for-mange-fagtermer").orElseThrow().instructorNote())
                .containsIgnoringCase("ros");
    }

    @Test
    void the_course_has_three_modules_one_per_objective_each_with_lessons() {
        assertThat(course.modules()).hasSize(3);
        assertThat(course.modules())
                .extracting(Module::objectiveKey)
                .containsExactlyElementsOf(
                        course.objectives().stream().map(Objective::key).toList());
        assertThat(course.modules()).allSatisfy(m -> assertThat(m.lessons()).isNotEmpty());
    }

    @Test
    void every_lesson_names_the_course_guide_or_another_known_source() {
        course.modules().stream()
                .flatMap(m -> m.lessons().stream())
                .forEach(lesson -> assertThat(lesson.sourceIds())
                        .allSatisfy(id -> assertThat(course.sources()).containsKey(id)));
    }

    @Test
    void the_form_catalogue_holds_only_checked_forms_each_with_a_dated_fee_and_sources() {
        assertThat(course.forms())
                .extracting(LaeForm::number)
                .contains("LÆ 125", "LÆ 265", "LÆ 285")
                .doesNotContain(
                        "LÆ 106", "LÆ 107", "LÆ 165", "LÆ 175", "LÆ 185", "LÆ 205", "LÆ 215", "LÆ 245", "LÆ 275",
                        "LÆ 295", "LÆ 305");
        LaeForm lae285 = course.form("lae-285").orElseThrow();
        assertThat(lae285.needsConsultation()).contains(true);
        assertThat(lae285.fee()).isEqualTo("1.140 kr. (2021)");
        assertThat(lae285.tags()).contains("sygedagpenge");
        assertThat(lae285.sourceIds()).contains("sygedagpengeloven-11a");
        assertThat(course.form("lae-125").orElseThrow().needsConsultation()).contains(false);
        assertThat(course.forms()).allSatisfy(f -> assertThat(f.sourceIds()).isNotEmpty());
    }

    @Test
    void every_module_has_a_knowledge_check_and_every_lesson_key_points_and_a_stable_id() {
        assertThat(course.modules()).allSatisfy(m -> assertThat(m.quiz()).hasSizeBetween(4, 8));
        assertThat(course.lessons()).allSatisfy(l -> assertThat(l.keyPoints()).isNotEmpty());
        assertThat(course.lessons().map(Lesson::id).distinct().count()).isEqualTo(course.lessonCount());
        assertThat(course.modules()).allSatisfy(m -> assertThat(m.lessons()).hasSizeBetween(3, 6));
    }

    @Test
    void there_are_at_least_eight_cases_covering_the_forms_the_course_stresses_and_no_certificate() {
        assertThat(course.cases()).hasSizeGreaterThanOrEqualTo(8);
        var choices = course.cases().stream()
                .flatMap(c -> Stream.concat(c.best().stream(), c.defensible().stream()))
                .toList();
        assertThat(choices).contains("LÆ 125", "LÆ 265", "LÆ 285", FormCase.NONE);
        assertThat(course.cases()).anySatisfy(c -> assertThat(c.defensible()).isNotEmpty());
    }

    @Test
    void no_case_or_lesson_contains_anything_shaped_like_a_cpr_number() {
        var cpr = Pattern.compile("\\b\\d{6}-?\\d{4}\\b");
        assertThat(course.cases())
                .allSatisfy(
                        c -> assertThat(cpr.matcher(c.situationHtml()).find()).isFalse());
        assertThat(course.lessons())
                .allSatisfy(l -> assertThat(cpr.matcher(l.html()).find()).isFalse());
    }
}
