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

/** The loader on small content trees written per test: good content loads, bad content names file and line. */
class ContentLoaderTest {

    @TempDir
    Path root;

    private final ContentLoader loader = new ContentLoader();

    private static final String FORMS = """
            tags:
              - key: sygedagpenge
                label: Sygedagpenge
            forms:
              - number: LÆ 285
                request_form: LÆ 281
                title: Attest til sygedagpengeopfølgning
                purpose: Lægens vurdering.
                consultation: true
                deadline: 8 dage
                fee: "1.140 kr. (2021)"
                tags: [sygedagpenge]
                sources: [kursusvejledning]
              - number: LÆ 155
                title: Speciallægeattest
                purpose: En speciallæges vurdering.
                fee: Efter regning
                tags: [sygedagpenge]
                sources: [other]
            """;

    @Test
    void the_form_catalogue_loads_with_addresses_and_unknown_facts_left_empty() {
        Course course = loader.load(root);
        assertThat(course.formTags()).containsExactly(new FormTag("sygedagpenge", "Sygedagpenge"));
        assertThat(course.forms()).extracting(LaeForm::number).containsExactly("LÆ 285", "LÆ 155");
        LaeForm lae285 = course.form("lae-285").orElseThrow();
        assertThat(lae285.request()).contains("LÆ 281");
        assertThat(lae285.needsConsultation()).contains(true);
        LaeForm lae155 = course.form("lae-155").orElseThrow();
        assertThat(lae155.needsConsultation()).isEmpty();
        assertThat(lae155.deadlineText()).isEmpty();
    }

    static Stream<Arguments> brokenForms() {
        return Stream.of(
                arguments("a fee without its year", "fee: \"1.140 kr. (2021)\"", "fee: \"1.140 kr.\"", 11,
                        "must name the year"),
                arguments("an unknown tag", "tags: [sygedagpenge]\n    sources: [kursusvejledning]",
                        "tags: [sygedagpenge, fleksjob]\n    sources: [kursusvejledning]", 12, "unknown tag 'fleksjob'"),
                arguments("an unknown source", "sources: [other]", "sources: [opdigtet]", 19, "unknown source 'opdigtet'"),
                arguments("a malformed number", "number: LÆ 155", "number: LAE155", 14, "not a form number"),
                arguments("the same form twice", "number: LÆ 155", "number: LÆ 285", 14, "appears twice"),
                arguments("consultation that is not true or false", "consultation: true", "consultation: ja", 9,
                        "must be true or false"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenForms")
    void a_broken_form_is_refused_naming_forms_yml_and_the_line(String what, String from, String to, int line,
            String problem) throws IOException {
        assertThat(FORMS).contains(from);
        write("forms.yml", FORMS.replace(from, to));

        assertThatThrownBy(() -> loader.load(root))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.file()).isEqualTo(root.resolve("forms.yml"));
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.problem()).contains(problem);
                });
    }

    @BeforeEach
    void writeValidTree() throws IOException {
        write("sources.yml", """
                - id: kursusvejledning
                  title: Vejledning til kursus
                  url: https://example.org/guide
                - id: other
                  title: Anden kilde
                """);
        write("course.yml", """
                title: Bedre LÆ-attester
                tagline: Et kursus.
                source: kursusvejledning
                objectives:
                  - key: samarbejde
                    text: "At skabe forståelse."
                  - key: rette-attest
                    text: "Vær omhyggelig."
                modules:
                  - folder: 01-roller
                    title: Roller
                    objective: samarbejde
                    summary: Om roller.
                  - folder: 02-attest
                    title: Attester
                    objective: rette-attest
                    summary: Om attester.
                """);
        write("forms.yml", FORMS);
        write("modules/01-roller/01-hvem.md", """
                ---
                title: Hvem vurderer hvad?
                minutes: 5
                sources: [kursusvejledning]
                ---
                ## Lægen og kommunen

                Lægen beskriver **helbred**. <script>alert(1)</script>
                """);
        write("modules/01-roller/02-myte.md", """
                ---
                title: En myte
                minutes: 3
                sources: [kursusvejledning, other]
                ---
                Under 5%.
                """);
        write("modules/02-attest/01-svaert.md", """
                ---
                title: Svært
                minutes: 4
                sources: [other]
                ---
                Tekst.
                """);
    }

    @Test
    void valid_content_loads_modules_and_lessons_in_file_order() {
        Course course = loader.load(root);

        assertThat(course.title()).isEqualTo("Bedre LÆ-attester");
        assertThat(course.objectives()).extracting(Objective::key).containsExactly("samarbejde", "rette-attest");
        assertThat(course.modules()).extracting(Module::key).containsExactly("01-roller", "02-attest");
        Module first = course.modules().getFirst();
        assertThat(first.lessons()).extracting(Lesson::slug).containsExactly("01-hvem", "02-myte");
        assertThat(first.minutes()).isEqualTo(8);
        assertThat(first.lessons().get(1).sourceIds()).containsExactly("kursusvejledning", "other");
        assertThat(course.lessonCount()).isEqualTo(3);
    }

    @Test
    void markdown_is_rendered_and_raw_html_is_escaped_not_executed() {
        String html = loader.load(root).modules().getFirst().lessons().getFirst().html();

        assertThat(html).contains("<h2>Lægen og kommunen</h2>").contains("<strong>helbred</strong>");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void bad_yaml_names_the_file_and_line() throws IOException {
        write("course.yml", """
                title: Bedre LÆ-attester
                tagline: Et kursus.
                source: kursusvejledning
                objectives:
                  - key: samarbejde
                    text: "Ikke lukket
                modules: []
                """);

        assertThatThrownBy(() -> loader.load(root))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.file()).isEqualTo(root.resolve("course.yml"));
                    assertThat(e.line()).isBetween(6, 8);
                    assertThat(e.problem()).startsWith("invalid YAML");
                });
    }

    static Stream<Arguments> brokenLessons() {
        return Stream.of(
                arguments("a lesson without title", "---\nminutes: 4\nsources: [other]\n---\nTekst.\n",
                        2, "missing required field 'title'"),
                arguments("a misspelt field", "---\ntitle: Svært\nminuttes: 4\nsources: [other]\n---\nTekst.\n",
                        3, "unknown field 'minuttes'"),
                arguments("minutes that are not a number", "---\ntitle: Svært\nminutes: fem\nsources: [other]\n---\n",
                        3, "whole number"),
                arguments("no front matter", "# Bare tekst\n", 1, "front matter"),
                arguments("an unknown source", "---\ntitle: Svært\nminutes: 4\nsources: [other, opdigtet]\n---\n",
                        4, "unknown source 'opdigtet'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLessons")
    void a_broken_lesson_is_refused_naming_file_and_line(String what, String text, int line, String problem)
            throws IOException {
        write("modules/02-attest/01-svaert.md", text);

        assertThatThrownBy(() -> loader.load(root))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.file()).isEqualTo(root.resolve("modules/02-attest/01-svaert.md"));
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.problem()).contains(problem);
                });
    }

    @Test
    void module_folder_that_does_not_exist_names_course_yml_and_the_line() throws IOException {
        Files.walk(root.resolve("modules/02-attest")).sorted(java.util.Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete());

        assertThatThrownBy(() -> loader.load(root))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.file()).isEqualTo(root.resolve("course.yml"));
                    assertThat(e.line()).isEqualTo(14);
                    assertThat(e.problem()).contains("modules/02-attest").contains("does not exist");
                });
    }

    @Test
    void module_naming_an_unknown_objective_is_refused() throws IOException {
        String course = Files.readString(root.resolve("course.yml")).replace("objective: rette-attest", "objective: nope");
        write("course.yml", course);

        assertThatThrownBy(() -> loader.load(root))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.line()).isEqualTo(16);
                    assertThat(e.problem()).contains("unknown objective 'nope'");
                });
    }

    @Test
    void duplicate_source_ids_are_refused() throws IOException {
        write("sources.yml", """
                - id: kursusvejledning
                  title: A
                - id: kursusvejledning
                  title: B
                """);

        assertThatThrownBy(() -> loader.load(root))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.file()).isEqualTo(root.resolve("sources.yml"));
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.problem()).contains("appears twice");
                });
    }

    @Test
    void missing_course_yml_is_reported_as_file_not_found() throws IOException {
        Files.delete(root.resolve("course.yml"));

        assertThatThrownBy(() -> loader.load(root))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.file()).isEqualTo(root.resolve("course.yml"));
                    assertThat(e.problem()).isEqualTo("file not found");
                });
    }

    @Test
    void error_message_reads_file_colon_line_colon_problem() {
        ContentException e = new ContentException(Path.of("content/course.yml"), 12, "bad");

        assertThat(e.getMessage()).isEqualTo("content/course.yml:12: bad");
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
