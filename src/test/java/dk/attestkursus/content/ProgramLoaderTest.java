package dk.attestkursus.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The runbook: the real one loads; a small one written per test is refused naming file and line when broken. */
class ProgramLoaderTest {

    /** A valid runbook of 30 minutes: a block with slides, a break, a block without. Line numbers matter. */
    static final String PROGRAM = """
            title: Drejebog
            session_minutes: 30
            note: Tiderne er et forslag.
            sources: [kursusvejledning]
            before:
              - key: myter-foer
                title: Tag myte-testen
                due_days: -3
                description: Svar på **myterne**.
                link: myths
                sources: [kursusvejledning]
            blocks:
              - key: velkomst
                title: Velkommen
                minutes: 10
                lead: both
                description: Vi præsenterer os.
                instructor_note: Udpeg en referent.
                materials: [Slides]
                polls: [myte-1]
                exercises: [oevelse-kim]
                prompts: [Lægen spørger jobcentret.]
                slides: velkomst
                sources: [kursusvejledning]
              - key: pause
                title: Pause
                minutes: 15
                lead: both
                break: true
                description: Pause.
              - key: video
                title: Fem gode råd
                minutes: 5
                lead: practice-consultant
                description: Vi viser videoen.
                instructor_note: Spørg bagefter.
                prompts: [Jobcentret spørger lægen.]
                video:
                  title: Fem gode råd
                  note: Arrangøren indsætter linket.
                sources: [kursusvejledning]
            after:
              - key: opfoelgning
                title: Opfølgningsmail
                due_days: 1
                description: Send mailen.
                sources: [kursusvejledning]
            """;

    static final String SLIDES = """
            # Velkommen

            - Et punkt
            - Et andet punkt

            ---

            # Dagens program
            """;

    static final String ONLINE_GUIDE = """
            # Online

            - [ ] Tjek lyden.

            Kilder: kursusvejledning
            """;

    static final String HANDOUT = """
            title: Huskeseddel
            intro: Brug tjeklisten.
            checklist:
              - text: Skriv formålet.
                source: kursusvejledning
            forms_intro: Her er attesterne.
            """;

    /** Writes the small valid runbook (myth {@code myte-1}, exercise {@code oevelse-kim}, source {@code kursusvejledning}). */
    static void writeValidProgram(Path root) throws IOException {
        write(root, "program.yml", PROGRAM);
        write(root, "slides/velkomst.md", SLIDES);
        write(root, "online-guide.md", ONLINE_GUIDE);
        write(root, "handout.yml", HANDOUT);
    }

    @TempDir
    Path root;

    private static final Map<String, Source> SOURCES =
            Map.of("kursusvejledning", new Source("kursusvejledning", "Vejledning", null, null));

    private Program load() {
        return new ProgramLoader(root, SOURCES, Set.of("myte-1"), Set.of("oevelse-kim")).load();
    }

    @BeforeEach
    void writeValid() throws IOException {
        writeValidProgram(root);
    }

    @Test
    void the_real_runbook_loads_its_blocks_add_up_and_every_block_but_the_break_has_a_prompt() {
        Course course = new ContentLoader().load(Path.of("content"));
        Program program = course.program();

        assertThat(program.sessionMinutes()).isEqualTo(150);
        assertThat(program.totalMinutes()).isEqualTo(150);
        assertThat(program.note()).contains("forslag");
        assertThat(program.sources()).contains("kursusvejledning", "klyngepakke");
        assertThat(program.blocks()).hasSizeBetween(7, 9);
        assertThat(program.blocks())
                .filteredOn(Block::isBreak)
                .singleElement()
                .satisfies(b -> assertThat(b.minutes()).isEqualTo(15));
        assertThat(program.blocks())
                .filteredOn(b -> !b.isBreak())
                .allSatisfy(b -> assertThat(b.prompts()).isNotEmpty());
        assertThat(program.blocks().stream().filter(b -> !b.slides().isEmpty()).count())
                .isGreaterThanOrEqualTo(4);
        assertThat(program.blocks()).anySatisfy(b -> assertThat(b.video()).isNotNull());
        assertThat(program.blocks().stream().flatMap(b -> b.polls().stream()))
                .allSatisfy(id -> assertThat(course.myth(id)).isPresent());
        assertThat(program.blocks().stream().flatMap(b -> b.exercises().stream()))
                .isNotEmpty()
                .allSatisfy(id -> assertThat(course.writing().exercise(id)).isPresent());
        assertThat(program.before())
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.dueDays()).isNotPositive());
        assertThat(program.after())
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.dueDays()).isNotNegative());
        assertThat(program.onlineGuideSources())
                .isNotEmpty()
                .allSatisfy(id -> assertThat(course.source(id)).isPresent());
        assertThat(program.onlineGuideHtml()).doesNotContain("Kilder:");
        assertThat(program.handout().checklist())
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(i -> assertThat(course.source(i.source())).isPresent());
    }

    @Test
    void the_real_runbook_quotes_audit_figures_only_as_the_course_guide_states_them() throws IOException {
        // Every percentage in the runbook's texts is one of the guide's two: "under 5%" and "5% eller færre".
        var percent = Pattern.compile("\\d+\\s?%");
        try (Stream<Path> files = Stream.concat(
                Stream.of(
                        Path.of("content/program.yml"),
                        Path.of("content/online-guide.md"),
                        Path.of("content/handout.yml")),
                Files.list(Path.of("content/slides")))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                var figure = percent.matcher(text);
                while (figure.find()) {
                    String around =
                            text.substring(Math.max(0, figure.start() - 6), Math.min(text.length(), figure.end() + 12));
                    assertThat(around).as("a figure in " + file).containsAnyOf("under 5%", "5% eller færre");
                }
            }
        }
    }

    @Test
    void a_small_runbook_loads_with_slides_break_video_and_links() {
        Program program = load();

        assertThat(program.blocks()).extracting(Block::key).containsExactly("velkomst", "pause", "video");
        assertThat(program.totalMinutes()).isEqualTo(30);
        assertThat(program.minutes()).containsExactly(10, 15, 5);
        Block first = program.block("velkomst").orElseThrow();
        assertThat(first.lead()).isEqualTo(Lead.BOTH);
        assertThat(first.polls()).containsExactly("myte-1");
        assertThat(first.exercises()).containsExactly("oevelse-kim");
        assertThat(first.slides())
                .containsExactly(
                        new Slide("Velkommen", "- Et punkt\n- Et andet punkt"), new Slide("Dagens program", ""));
        assertThat(first.slides().getFirst().html()).contains("<li>Et punkt</li>");
        assertThat(first.video()).isNull();
        Block pause = program.block("pause").orElseThrow();
        assertThat(pause.isBreak()).isTrue();
        assertThat(pause.prompts()).isEmpty();
        assertThat(pause.instructorNote()).isEmpty();
        Block video = program.block("video").orElseThrow();
        assertThat(video.lead()).isEqualTo(Lead.PRACTICE_CONSULTANT);
        assertThat(video.video()).isEqualTo(new Video("Fem gode råd", "Arrangøren indsætter linket.", null));
        assertThat(video.slides()).isEmpty();
        assertThat(program.block("nope")).isEmpty();
        assertThat(program.before().getFirst().link()).isEqualTo("myths");
        assertThat(program.before().getFirst().descriptionHtml()).contains("<strong>myterne</strong>");
        assertThat(program.after().getFirst().link()).isNull();
        assertThat(program.onlineGuideSources()).containsExactly("kursusvejledning");
        assertThat(program.handout().checklist())
                .containsExactly(new HandoutItem("Skriv formålet.", "kursusvejledning"));
    }

    @Test
    void the_lead_has_a_translation_key_per_value() {
        assertThat(Lead.PRACTICE_CONSULTANT.labelKey()).isEqualTo("lead.practice_consultant");
        assertThat(Lead.JOBCENTER.labelKey()).isEqualTo("lead.jobcenter");
        assertThat(Lead.BOTH.labelKey()).isEqualTo("lead.both");
    }

    static Stream<Arguments> brokenPrograms() {
        return Stream.of(
                arguments(
                        "blocks that do not add up to the session",
                        "minutes: 10",
                        "minutes: 11",
                        2,
                        "the blocks add up to 31 minutes, but session_minutes says 30"),
                arguments(
                        "a poll of an unknown myth",
                        "polls: [myte-1]",
                        "polls: [myte-1, myte-9]",
                        20,
                        "unknown myth 'myte-9' (not in myths.yml)"),
                arguments(
                        "an unknown exercise",
                        "exercises: [oevelse-kim]",
                        "exercises: [oevelse-ukendt]",
                        21,
                        "unknown exercise 'oevelse-ukendt' (not in exercises.yml)"),
                arguments(
                        "a missing slide file",
                        "slides: velkomst",
                        "slides: velkommen",
                        23,
                        "slide file 'slides/velkommen.md' does not exist"),
                arguments(
                        "a before activity after the session",
                        "due_days: -3",
                        "due_days: 3",
                        8,
                        "due on or before the session day"),
                arguments(
                        "an after activity before the session",
                        "due_days: 1",
                        "due_days: -1",
                        45,
                        "due on or after the session day"),
                arguments(
                        "an unknown lead",
                        "lead: practice-consultant",
                        "lead: gp",
                        34,
                        "must be one of [practice-consultant, jobcenter, both], was 'gp'"),
                arguments(
                        "a block without a prompt",
                        "    prompts: [Jobcentret spørger lægen.]\n",
                        "",
                        31,
                        "needs at least one prompt"),
                arguments(
                        "a break with a poll",
                        "description: Pause.",
                        "description: Pause.\n    polls: [myte-1]",
                        31,
                        "a break has no 'polls'"),
                arguments("an unknown link", "link: myths", "link: quiz", 10, "field 'link' must be one of"),
                arguments(
                        "an unknown source",
                        "    sources: [kursusvejledning]\n  - key: pause",
                        "    sources: [opdigtet]\n  - key: pause",
                        24,
                        "unknown source 'opdigtet'"),
                arguments("the same key twice", "key: video", "key: velkomst", 31, "used by another block or activity"),
                arguments(
                        "a video without its note",
                        "      note: Arrangøren indsætter linket.\n",
                        "",
                        39,
                        "missing required field 'note'"),
                arguments(
                        "a video link that is not https",
                        "      note: Arrangøren indsætter linket.\n",
                        "      note: Arrangøren indsætter linket.\n      url: http://video.example.dk/fem-raad\n",
                        39,
                        "must be an https:// address"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPrograms")
    void a_broken_runbook_is_refused_naming_program_yml_and_the_line(
            String what, String from, String to, int line, String problem) throws IOException {
        assertThat(PROGRAM).contains(from);
        write(root, "program.yml", PROGRAM.replace(from, to));

        assertRefused("program.yml", line, problem);
    }

    static Stream<Arguments> brokenSlides() {
        return Stream.of(
                arguments(
                        "a slide without heading",
                        SLIDES.replace("# Dagens program", "Dagens program"),
                        8,
                        "starts with a '# ' heading"),
                arguments("an empty slide", SLIDES + "---\n\n", 9, "empty slide"),
                arguments(
                        "two headings on one slide",
                        SLIDES.replace("- Et andet punkt", "# Et andet punkt"),
                        4,
                        "one '# ' heading per slide"),
                arguments(
                        "a slide too long for the projector",
                        SLIDES.replace("- Et punkt\n", "- 1\n- 2\n- 3\n- 4\n- 5\n- 6\n"),
                        9,
                        "at most 6 lines"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSlides")
    void a_broken_slide_file_is_refused_naming_it_and_the_line(String what, String text, int line, String problem)
            throws IOException {
        write(root, "slides/velkomst.md", text);

        assertRefused("slides/velkomst.md", line, problem);
    }

    @Test
    void an_unreferenced_slide_file_is_refused() throws IOException {
        write(root, "slides/glemt.md", "# Glemt\n");

        assertRefused("slides/glemt.md", 0, "no block in program.yml uses this file");
    }

    @Test
    void the_online_guide_must_end_with_its_known_sources() throws IOException {
        write(root, "online-guide.md", ONLINE_GUIDE.replace("Kilder: kursusvejledning", "Tak for i dag."));
        assertRefused("online-guide.md", 5, "the last line names the sources");

        write(root, "online-guide.md", ONLINE_GUIDE.replace("Kilder: kursusvejledning", "Kilder: opdigtet"));
        assertRefused("online-guide.md", 5, "unknown source 'opdigtet'");
    }

    @Test
    void a_handout_item_with_an_unknown_source_is_refused() throws IOException {
        write(root, "handout.yml", HANDOUT.replace("source: kursusvejledning", "source: opdigtet"));

        assertRefused("handout.yml", 5, "unknown source 'opdigtet'");
    }

    @Test
    void a_missing_program_is_reported_as_file_not_found() throws IOException {
        Files.delete(root.resolve("program.yml"));

        assertRefused("program.yml", 0, "file not found");
    }

    private void assertRefused(String file, int line, String problem) {
        assertThatThrownBy(this::load).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.file()).isEqualTo(root.resolve(file));
            assertThat(e.problem()).contains(problem);
            assertThat(e.line()).isEqualTo(line);
        });
    }

    private static void write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
