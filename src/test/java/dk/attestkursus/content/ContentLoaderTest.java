package dk.attestkursus.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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

    /** Four questions; the right option is first in the odd ones and second in the even ones. */
    static String quiz(String prefix) {
        String lesson = prefix.equals("roller") ? "lektion-1" : "lektion-3";
        String right = "      - text: Rigtigt\n        correct: true\n        explanation: Derfor.\n";
        String wrong = "      - text: Forkert\n        explanation: Derfor ikke.\n";
        StringBuilder yaml = new StringBuilder("questions:\n");
        for (int i = 1; i <= 4; i++) {
            yaml.append("  - id: ")
                    .append(prefix)
                    .append("-q")
                    .append(i)
                    .append("\n")
                    .append("    text: Spørgsmål ")
                    .append(i)
                    .append("?\n")
                    .append("    sources: [kursusvejledning]\n")
                    .append("    options:\n")
                    .append(i % 2 == 1 ? right + wrong : wrong + right)
                    .append("    lesson: ")
                    .append(lesson)
                    .append("\n");
        }
        return yaml.toString();
    }

    /** Five valid myths: a proportion picture first, then big numbers. */
    private static String myths() {
        StringBuilder yaml = new StringBuilder("myths:\n");
        yaml.append("""
                  - id: myte-1
                    statement: Læger og sagsbehandlere overskrider hinandens roller.
                    verdict: myth
                    figure: under 5%
                    quote: Det forekom i under 5% af tilfældene.
                    explanation: Audit viste noget andet.
                    instructor_note: Undgå enkeltsager.
                    lead: both
                    sources: [kursusvejledning]
                    picture:
                      kind: proportion
                      value: 5
                      part: "Overskridelser: under 5%"
                      rest: Resten
                      alt: En ring, hvor under 5% er markeret.
                """);
        for (int i = 2; i <= 5; i++) {
            yaml.append("  - id: myte-")
                    .append(i)
                    .append("\n")
                    .append("    statement: Påstand ")
                    .append(i)
                    .append(".\n")
                    .append("    verdict: nuanced\n    figure: \"3\"\n    quote: Højst 3 spørgsmål.\n")
                    .append("    explanation: Forklaring.\n    instructor_note: Note.\n    lead: practice-consultant\n")
                    .append("    sources: [other]\n    picture:\n      kind: number\n      value: \"3\"\n")
                    .append("      caption: Overvej en anden attest\n      alt: Tallet 3.\n");
        }
        return yaml.toString();
    }

    private static final String EXERCISES = """
            exercises:
              - id: oevelse-kim
                case: case-kim
                task: Skriv til Kims læge.
                purpose_hint: Opfølgningen.
            """;

    private static final String OWN = """
              - id: egen-foer
                own_case: before
                title: Din egen anmodning
                task: Skriv fra en egen sag, anonymt.
                purpose_hint: Formålet.
            """;

    private static final String GUIDANCE = """
            purpose:
              min_words: 6
              markers: [bruges til]
              lesson: lektion-3
              sources: [kursusvejledning]
            status_questions:
              form: LÆ 285
              max: 3
              lesson: lektion-3
              sources: [kursusvejledning]
            decisions:
              lesson: lektion-1
              sources: [other]
              phrases:
                - phrase: arbejdsevne
                  rewrite: Spørg til funktion.
            jargon:
              lesson: lektion-1
              sources: [kursusvejledning]
            form:
              lesson: lektion-1
              sources: [kursusvejledning]
            consent:
              lesson: lektion-2
              sources: [kursusvejledning]
            """;

    private static String rubric() {
        StringBuilder yaml = new StringBuilder("scale: [0, 1, 2]\ncriteria:\n");
        for (String key : WritingLoader.RUBRIC_KEYS) {
            yaml.append("  - key: ")
                    .append(key)
                    .append("\n    title: ")
                    .append(key)
                    .append("\n    question: Hvordan?\n")
                    .append("    levels: [Nej, Delvist, Ja]\n    lesson: lektion-1\n    sources: [kursusvejledning]\n");
        }
        return yaml.toString();
    }

    @Test
    void the_writing_exercises_rubric_glossary_and_guidance_load() {
        Writing writing = loader.load(root).writing();

        assertThat(writing.exercise("oevelse-kim"))
                .map(Writing.Exercise::caseId)
                .contains("case-kim");
        assertThat(writing.rubric().criteria())
                .extracting(Writing.Criterion::key)
                .containsExactlyElementsOf(WritingLoader.RUBRIC_KEYS);
        assertThat(writing.rubric().max()).isEqualTo(2);
        assertThat(writing.glossary()).extracting(Writing.GlossaryTerm::term).containsExactly("jf.");
        assertThat(writing.guidance().decisionPhrases())
                .extracting(Writing.DecisionPhrase::phrase)
                .containsExactly("arbejdsevne");
        assertThat(writing.guidance().statusMaxQuestions()).isEqualTo(3);
    }

    @Test
    void an_own_case_exercise_has_a_title_and_no_case() throws IOException {
        write("exercises.yml", EXERCISES + OWN);
        Writing writing = loader.load(root).writing();

        Writing.Exercise own = writing.ownCase(Writing.OwnCase.BEFORE).orElseThrow();
        assertThat(own.id()).isEqualTo("egen-foer");
        assertThat(own.caseId()).isNull();
        assertThat(own.title()).isEqualTo("Din egen anmodning");
        assertThat(own.isOwnCase()).isTrue();
        assertThat(writing.ownCase(Writing.OwnCase.AFTER)).isEmpty();
        assertThat(writing.exercise("oevelse-kim").orElseThrow().isOwnCase()).isFalse();
    }

    static Stream<Arguments> brokenWriting() {
        return Stream.of(
                arguments(
                        "an exercise for an unknown case",
                        "exercises.yml",
                        EXERCISES,
                        EXERCISES.replace("case: case-kim", "case: case-ukendt"),
                        3,
                        "unknown case 'case-ukendt'"),
                arguments(
                        "an own-case exercise with a case",
                        "exercises.yml",
                        EXERCISES + OWN,
                        EXERCISES + OWN.replace("    title:", "    case: case-kim\n    title:"),
                        8,
                        "an own-case exercise has no case"),
                arguments(
                        "an own-case exercise neither before nor after",
                        "exercises.yml",
                        EXERCISES + OWN,
                        EXERCISES + OWN.replace("own_case: before", "own_case: later"),
                        7,
                        "own_case must be 'before' or 'after'"),
                arguments(
                        "two own-case exercises before the course",
                        "exercises.yml",
                        EXERCISES + OWN,
                        EXERCISES + OWN + OWN.replace("egen-foer", "egen-foer-igen"),
                        12,
                        "at most one own-case exercise before"),
                arguments(
                        "a case exercise with a title of its own",
                        "exercises.yml",
                        EXERCISES,
                        EXERCISES + "    title: Kims sag\n",
                        6,
                        "only an own-case exercise has a title"),
                arguments(
                        "a rubric missing a criterion",
                        "rubric.yml",
                        rubric(),
                        rubric().replace("  - key: roles", "  - key: rollerne"),
                        3,
                        "must be [purpose"),
                arguments(
                        "a criterion with two levels on a scale of three",
                        "rubric.yml",
                        rubric(),
                        rubric().replaceFirst("levels: \\[Nej, Delvist, Ja\\]", "levels: [Nej, Ja]"),
                        6,
                        "describes 2 levels"),
                arguments(
                        "guidance naming an unknown lesson",
                        "guidance.yml",
                        GUIDANCE,
                        GUIDANCE.replace("lesson: lektion-2", "lesson: lektion-9"),
                        24,
                        "unknown lesson 'lektion-9'"),
                arguments(
                        "a status form not in the catalogue",
                        "guidance.yml",
                        GUIDANCE,
                        GUIDANCE.replace("form: LÆ 285", "form: LÆ 999"),
                        7,
                        "not a form in forms.yml"),
                arguments(
                        "a decision phrase in capitals",
                        "guidance.yml",
                        GUIDANCE,
                        GUIDANCE.replace("phrase: arbejdsevne", "phrase: Arbejdsevne"),
                        15,
                        "lower case"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenWriting")
    void broken_writing_content_is_refused_naming_file_and_line(
            String what, String file, String valid, String broken, int line, String problem) throws IOException {
        assertThat(broken).isNotEqualTo(valid);
        write(file, broken);

        assertRefused(file, line, problem);
    }

    private static final String CASE = """
            id: case-kim
            title: Kim, sygemeldt
            situation: Kim er **sygemeldt**.
            question: Hvilken attest?
            best: [LÆ 285]
            defensible: [none]
            reasoning: Fordi.
            sources: [kursusvejledning]
            """;

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
                arguments(
                        "a fee without its year",
                        "fee: \"1.140 kr. (2021)\"",
                        "fee: \"1.140 kr.\"",
                        11,
                        "must name the year"),
                arguments(
                        "an unknown tag",
                        "tags: [sygedagpenge]\n    sources: [kursusvejledning]",
                        "tags: [sygedagpenge, fleksjob]\n    sources: [kursusvejledning]",
                        12,
                        "unknown tag 'fleksjob'"),
                arguments(
                        "an unknown source",
                        "sources: [other]",
                        "sources: [opdigtet]",
                        19,
                        "unknown source 'opdigtet'"),
                arguments("a malformed number", "number: LÆ 155", "number: LAE155", 14, "not a form number"),
                arguments("the same form twice", "number: LÆ 155", "number: LÆ 285", 14, "appears twice"),
                arguments(
                        "consultation that is not true or false",
                        "consultation: true",
                        "consultation: ja",
                        9,
                        "must be true or false"));
    }

    @Test
    void myths_load_with_verdict_lead_and_picture() {
        Course course = loader.load(root);
        assertThat(course.myths()).hasSize(5);
        Myth first = course.myth("myte-1").orElseThrow();
        assertThat(first.verdict()).isEqualTo(Myth.Verdict.MYTH);
        assertThat(first.lead()).isEqualTo(Lead.BOTH);
        assertThat(first.picture())
                .isEqualTo(new MythPicture.Proportion(
                        5, "Overskridelser: under 5%", "Resten", "En ring, hvor under 5% er markeret."));
        assertThat(course.myth("myte-2").orElseThrow().lead()).isEqualTo(Lead.PRACTICE_CONSULTANT);
    }

    static Stream<Arguments> brokenMyths() {
        String myths = myths();
        return Stream.of(
                arguments(
                        "a figure that is not in the quote",
                        "figure: under 5%",
                        "figure: under 10%",
                        5,
                        "must occur word for word in the quote"),
                arguments(
                        "an unknown verdict",
                        "verdict: myth",
                        "verdict: false",
                        4,
                        "must be one of [myth, fact, nuanced]"),
                arguments("an unknown lead", "lead: both", "lead: gp", 9, "must be one of [practice-consultant"),
                arguments(
                        "an unknown source",
                        "sources: [kursusvejledning]",
                        "sources: [opdigtet]",
                        10,
                        "unknown source 'opdigtet'"),
                arguments("a share outside 1-99", "value: 5", "value: 100", 13, "between 1 and 99"),
                arguments(
                        "a share label without the figure",
                        "part: \"Overskridelser: under 5%\"",
                        "part: Overskridelser",
                        14,
                        "must contain the figure"),
                arguments(
                        "a picture without text alternative",
                        "      alt: En ring, hvor under 5% er markeret.\n",
                        "",
                        12,
                        "missing required field 'alt'"),
                arguments("an unknown picture kind", "kind: proportion", "kind: pie", 12, "unknown picture kind 'pie'"),
                arguments(
                        "a caption too long to draw",
                        "caption: Overvej en anden attest",
                        "caption: " + "x".repeat(81),
                        29,
                        "at most 80"),
                arguments("the same id twice", "id: myte-2", "id: myte-1", 17, "used by another myth"),
                arguments("too few myths", myths.substring(myths.indexOf("  - id: myte-5")), "", 2, "5 to 12 myths"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenMyths")
    void a_broken_myth_is_refused_naming_file_and_line(String what, String from, String to, int line, String problem)
            throws IOException {
        assertThat(myths()).contains(from);
        write("myths.yml", myths().replace(from, to));

        assertRefused("myths.yml", line, problem);
    }

    static Stream<Arguments> brokenExercises() {
        String quiz = quiz("attest");
        return Stream.of(
                arguments(
                        "two right options",
                        "modules/02-attest/quiz.yml",
                        quiz,
                        quiz.replaceFirst(
                                "explanation: Derfor ikke.", "correct: true\n        explanation: Derfor ikke."),
                        6,
                        "exactly one option"),
                arguments(
                        "an option without explanation",
                        "modules/02-attest/quiz.yml",
                        quiz,
                        quiz.replaceFirst("\n        explanation: Derfor ikke.", ""),
                        9,
                        "missing required field 'explanation'"),
                arguments(
                        "too few questions",
                        "modules/02-attest/quiz.yml",
                        quiz,
                        quiz.substring(0, quiz.indexOf("  - id: attest-q4")),
                        2,
                        "4 to 8 questions"),
                arguments(
                        "a question id used in another module",
                        "modules/02-attest/quiz.yml",
                        quiz,
                        quiz.replace("attest-q1", "roller-q1"),
                        2,
                        "used twice"),
                arguments(
                        "a question naming a form not in the catalogue",
                        "modules/02-attest/quiz.yml",
                        quiz,
                        quiz.replace("text: Spørgsmål 1?", "text: Hvornår bruges LÆ 999?"),
                        2,
                        "names LÆ 999"),
                arguments(
                        "a case naming a form not in the catalogue",
                        "cases/01-kim.yml",
                        CASE,
                        CASE.replace("best: [LÆ 285]", "best: [LÆ 999]"),
                        5,
                        "'LÆ 999' is not a form"),
                arguments(
                        "a choice both best and defensible",
                        "cases/01-kim.yml",
                        CASE,
                        CASE.replace("defensible: [none]", "defensible: [LÆ 285]"),
                        6,
                        "both best and defensible"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenExercises")
    void a_broken_knowledge_check_or_case_is_refused_naming_file_and_line(
            String what, String file, String valid, String broken, int line, String problem) throws IOException {
        assertThat(broken).isNotEqualTo(valid);
        write(file, broken);

        assertRefused(file, line, problem);
    }

    @Test
    void quizzes_cases_and_lesson_ids_load() {
        Course course = loader.load(root);
        assertThat(course.modules()).allSatisfy(m -> assertThat(m.quiz()).hasSize(4));
        assertThat(course.modules().getFirst().quiz().getFirst().correctIndex()).isZero();
        assertThat(course.lessons().map(Lesson::id)).containsExactly("lektion-1", "lektion-2", "lektion-3");
        FormCase kim = course.formCase("case-kim").orElseThrow();
        assertThat(kim.best()).containsExactly("LÆ 285");
        assertThat(kim.defensible()).containsExactly(FormCase.NONE);
        assertThat(kim.situationHtml()).contains("<strong>sygemeldt</strong>");
    }

    @Test
    void two_lessons_with_the_same_id_are_refused() throws IOException {
        Path second = root.resolve("modules/01-roller/02-myte.md");
        Files.writeString(second, Files.readString(second).replace("id: lektion-2", "id: lektion-1"));
        assertThatThrownBy(() -> loader.load(root)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.file()).isEqualTo(second);
            assertThat(e.problem()).contains("lesson id 'lektion-1'");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenForms")
    void a_broken_form_is_refused_naming_forms_yml_and_the_line(
            String what, String from, String to, int line, String problem) throws IOException {
        assertThat(FORMS).contains(from);
        write("forms.yml", FORMS.replace(from, to));

        assertRefused("forms.yml", line, problem);
    }

    /** Writes the valid tree of this test into another folder (for the other content tests). */
    void copyValidTreeTo(Path target) throws IOException {
        root = target;
        writeValidTree();
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
        write("modules/01-roller/quiz.yml", quiz("roller"));
        write("modules/02-attest/quiz.yml", quiz("attest"));
        write("cases/01-kim.yml", CASE);
        write("myths.yml", myths());
        write("exercises.yml", EXERCISES);
        write("rubric.yml", rubric());
        write("glossary.yml", "terms:\n  - term: jf.\n    plain: ifølge\n    sources: [kursusvejledning]\n");
        write("guidance.yml", GUIDANCE);
        ProgramLoaderTest.writeValidProgram(root);
        TransferContentTest.writeValidTransfer(root);
        write("practice.yml", PracticeContentTest.PRACTICE);
        write("modules/01-roller/01-hvem.md", """
                ---
                title: Hvem vurderer hvad?
                minutes: 5
                id: lektion-1
                key_points: [Et punkt]
                ---
                ## Lægen og kommunen

                Lægen beskriver **helbred**.[^kursusvejledning] <script>alert(1)</script>
                """);
        write("modules/01-roller/02-myte.md", """
                ---
                title: En myte
                minutes: 3
                id: lektion-2
                key_points: [Et punkt]
                ---
                Under 5%.[^kursusvejledning][^other]
                """);
        write("modules/02-attest/01-svaert.md", """
                ---
                title: Svært
                minutes: 4
                id: lektion-3
                key_points: [Et punkt]
                ---
                Tekst.[^other]
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
        String html =
                loader.load(root).modules().getFirst().lessons().getFirst().html();

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

        assertThatThrownBy(() -> loader.load(root)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.file()).isEqualTo(root.resolve("course.yml"));
            assertThat(e.line()).isBetween(6, 8);
            assertThat(e.problem()).startsWith("invalid YAML");
        });
    }

    static Stream<Arguments> brokenLessons() {
        return Stream.of(
                arguments(
                        "a lesson without title",
                        "---\nminutes: 4\nid: svaert\nkey_points: [Punkt]\n---\nTekst.[^other]\n",
                        2,
                        "missing required field 'title'"),
                arguments(
                        "a misspelt field",
                        "---\ntitle: Svært\nminuttes: 4\nid: svaert\nkey_points: [Punkt]\n---\nTekst.[^other]\n",
                        3,
                        "unknown field 'minuttes'"),
                arguments(
                        "minutes that are not a number",
                        "---\ntitle: Svært\nminutes: fem\nid: svaert\nkey_points: [Punkt]\n---\nTekst.[^other]\n",
                        3,
                        "whole number"),
                arguments("no front matter", "# Bare tekst\n", 1, "front matter"),
                arguments(
                        "a note naming an unknown source",
                        "---\ntitle: Svært\nminutes: 4\nid: svaert\nkey_points: [Punkt]\n---\n\nTekst.[^other][^opdigtet]\n",
                        8,
                        "unknown source 'opdigtet'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLessons")
    void a_broken_lesson_is_refused_naming_file_and_line(String what, String text, int line, String problem)
            throws IOException {
        write("modules/02-attest/01-svaert.md", text);

        assertRefused("modules/02-attest/01-svaert.md", line, problem);
    }

    @Test
    void module_folder_that_does_not_exist_names_course_yml_and_the_line() throws IOException {
        Files.walk(root.resolve("modules/02-attest"))
                .sorted(Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete());

        assertThatThrownBy(() -> loader.load(root)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.file()).isEqualTo(root.resolve("course.yml"));
            assertThat(e.line()).isEqualTo(14);
            assertThat(e.problem()).contains("modules/02-attest").contains("does not exist");
        });
    }

    @Test
    void module_naming_an_unknown_objective_is_refused() throws IOException {
        String course =
                Files.readString(root.resolve("course.yml")).replace("objective: rette-attest", "objective: nope");
        write("course.yml", course);

        assertThatThrownBy(() -> loader.load(root)).isInstanceOfSatisfying(ContentException.class, e -> {
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

        assertThatThrownBy(() -> loader.load(root)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.file()).isEqualTo(root.resolve("sources.yml"));
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.problem()).contains("appears twice");
        });
    }

    @Test
    void missing_course_yml_is_reported_as_file_not_found() throws IOException {
        Files.delete(root.resolve("course.yml"));

        assertThatThrownBy(() -> loader.load(root)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.file()).isEqualTo(root.resolve("course.yml"));
            assertThat(e.problem()).isEqualTo("file not found");
        });
    }

    @Test
    void error_message_reads_file_colon_line_colon_problem() {
        ContentException e = new ContentException(Path.of("content/course.yml"), 12, "bad");

        assertThat(e.getMessage()).isEqualTo("content/course.yml:12: bad");
    }

    /** Loading fails on {@code file} at {@code line} with a problem that contains {@code problem}. */
    private void assertRefused(String file, int line, String problem) {
        assertThatThrownBy(() -> loader.load(root)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.file()).isEqualTo(root.resolve(file));
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.problem()).contains(problem);
        });
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
