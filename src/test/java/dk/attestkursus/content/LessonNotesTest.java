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
 * Lesson sources are numbered notes: {@code [^id]} after a sentence becomes a superscript number
 * linking to the note at the end; facts without a note, inline "(Kilde: ...)" and unknown
 * sources are refused with the file and line.
 */
class LessonNotesTest {

    private static final String LESSON = "modules/02-attest/01-svaert.md";

    @TempDir
    Path root;

    @BeforeEach
    void validTree() throws IOException {
        new ContentLoaderTest().copyValidTreeTo(root);
    }

    private Lesson write(String text) throws IOException {
        Files.writeString(root.resolve(LESSON), text);
        return new ContentLoader().load(root).modules().get(1).lessons().getFirst();
    }

    @Test
    void citations_become_numbered_superscript_links_and_the_notes_are_the_sources_in_order() throws IOException {
        Lesson lesson = write("""
                ---
                title: Svært
                minutes: 4
                id: lektion-3
                key_points:
                  - "I 2013 kostede en LÆ 125 397 kr.[^other]"
                ---
                Auditten omfattede 750 anmodninger.[^kursusvejledning] Rollerne blev overskredet i under 5%.[^kursusvejledning][^other]

                Uden tal og uden note.
                """);

        assertThat(lesson.sourceIds())
                .as("notes numbered by first citation, key points first")
                .containsExactly("other", "kursusvejledning");
        assertThat(lesson.html())
                .doesNotContain("[^")
                .doesNotContain("Kilde")
                .contains("750 anmodninger.<sup class=\"note-ref\"><a href=\"#note-2\" aria-describedby=\""
                        + Lesson.NOTES_TITLE_ID + "\">2</a></sup>")
                .contains("under 5%.<sup class=\"note-ref\"><a href=\"#note-2\"")
                .contains(">2</a>, <a href=\"#note-1\"");
        assertThat(lesson.keyPoints()).containsExactly("I 2013 kostede en LÆ 125 397 kr.");
        assertThat(lesson.keyPointHtml().getFirst())
                .endsWith("397 kr.<sup class=\"note-ref\"><a href=\"#note-1\"" + " aria-describedby=\""
                        + Lesson.NOTES_TITLE_ID + "\">1</a></sup>");
    }

    static Stream<Arguments> broken() {
        String head = "---\ntitle: Svært\nminutes: 4\nid: lektion-3\nkey_points: [Punkt]\n---\n";
        return Stream.of(
                arguments(
                        "sources listed in the front matter",
                        "---\ntitle: Svært\nminutes: 4\nsources: [other]\n"
                                + "id: lektion-3\nkey_points: [Punkt]\n---\nTekst.[^other]\n",
                        4,
                        "no 'sources' field"),
                arguments(
                        "an inline (Kilde: ...)",
                        head + "\nTekst.[^other]\n\nEt faktum (Kilde: Kursusvejledningen fra VID).\n",
                        10,
                        "not as '(Kilde: ...)'"),
                arguments(
                        "a figure without a note",
                        head + "\n## Overskrift\n\nTekst.[^other]\n\n- Et punkt\n- Hele 750"
                                + " anmodninger blev\n  gennemgået.\n",
                        13,
                        "names no source"),
                arguments(
                        "a § in a key point without a note",
                        "---\ntitle: Svært\nminutes: 4\nid: lektion-3\nkey_points:\n"
                                + "  - \"Punkt\"\n  - \"Efter § 11a.\"\n---\nTekst.[^other]\n",
                        7,
                        "names no source"),
                arguments("a lesson without any note", head + "Tekst uden kilde.\n", 7, "names no source"),
                arguments(
                        "a note naming an unknown source",
                        head + "Tekst.\nMere tekst.[^opdigtet]\n",
                        8,
                        "unknown source 'opdigtet'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void a_lesson_whose_facts_do_not_name_their_source_as_a_note_is_refused_naming_file_and_line(
            String what, String text, int line, String problem) throws IOException {
        Files.writeString(root.resolve(LESSON), text);

        assertThatThrownBy(() -> new ContentLoader().load(root)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.file()).isEqualTo(root.resolve(LESSON));
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.problem()).contains(problem);
        });
    }
}
