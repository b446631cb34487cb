package dk.attestkursus.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The privacy notice, the accessibility statement and the record of processing (issue 25): the real files
 * load with the operator filled in, and a broken file is refused naming the file and the line.
 */
class PolicyTextsTest {

    private static final Map<String, String> OPERATOR =
            Map.of(PolicyTextLoader.OPERATOR, "Driftsselskabet A/S", PolicyTextLoader.CONTACT, "dpo@drift.example");

    @TempDir
    Path root;

    private static final String GOOD = """
            ---
            id: %s
            prepared: 2026-12-01
            updated: 2026-12-07
            ---
            Tekst om {{operatoer}}.

            ## Kontakt

            Skriv til {{ kontakt }}. <script>alert(1)</script>
            """;

    @BeforeEach
    void writeGoodFiles() throws IOException {
        Files.createDirectories(root.resolve("privacy"));
        for (String id : PolicyTextLoader.REQUIRED) {
            write(id, GOOD.formatted(id));
        }
    }

    @Test
    void the_three_real_texts_load_in_danish_with_the_operator_filled_in() {
        Map<String, PolicyText> texts = PolicyTextLoader.load(Path.of("content"), OPERATOR);

        assertThat(texts).containsOnlyKeys("privatlivspolitik", "tilgaengelighedserklaering", "fortegnelse");
        texts.values().forEach(text -> {
            assertThat(text.html())
                    .as(text.id())
                    .contains("Driftsselskabet A/S")
                    .doesNotContain("{{", "}}");
            assertThat(text.updated()).isAfterOrEqualTo(text.prepared());
        });
        assertThat(texts.get("privatlivspolitik").html())
                .contains("artikel 6, stk. 1, litra e", "artikel 15", "artikel 20", "artikel 17", "Datatilsynet")
                .contains("CPR-numre", "12 måneder", "2 år");
        assertThat(texts.get("tilgaengelighedserklaering").html())
                .contains("overholder delvist", "Digitaliseringsstyrelsen", "dpo@drift.example")
                .contains(
                        "href=\"https://digst.dk/digital-service/webtilgaengelighed/om-tilgaengelighedserklaering/\"");
        assertThat(texts.get("fortegnelse").html())
                .contains("artikel 30, stk. 2", "Overførsel til tredjelande", "Ingen", "hash");
    }

    @Test
    void a_good_file_is_rendered_as_safe_html_with_its_dates() {
        PolicyText text = PolicyTextLoader.load(root, OPERATOR).get("privatlivspolitik");

        assertThat(text.prepared()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(text.updated()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(text.html())
                .contains("<h2>Kontakt</h2>", "Tekst om Driftsselskabet A/S.", "Skriv til dpo@drift.example.")
                .doesNotContain("<script");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a missing field         | ---\\nid: fortegnelse\\nprepared: 2026-12-01\\n---\\nTekst.\\n                         | 2 | missing required field 'updated'
            an unknown field        | ---\\nid: fortegnelse\\ntitle: x\\nprepared: 2026-12-01\\nupdated: 2026-12-01\\n---\\nT\\n | 3 | unknown field 'title'
            no front matter         | Tekst uden front matter.\\n                                                              | 1 | must start with YAML front matter
            an id not the file's    | ---\\nid: fortegnelsen\\nprepared: 2026-12-01\\nupdated: 2026-12-01\\n---\\nT\\n         | 2 | must be the file name
            a date that is no date  | ---\\nid: fortegnelse\\nprepared: 1. december\\nupdated: 2026-12-01\\n---\\nT\\n          | 3 | must be a date like 2026-12-07
            updated before prepared | ---\\nid: fortegnelse\\nprepared: 2026-12-02\\nupdated: 2026-12-01\\n---\\nT\\n            | 4 | is before prepared
            an empty text           | ---\\nid: fortegnelse\\nprepared: 2026-12-01\\nupdated: 2026-12-01\\n---\\n\\n             | 6 | the text is empty
            a second '#' heading    | ---\\nid: fortegnelse\\nprepared: 2026-12-01\\nupdated: 2026-12-01\\n---\\nT\\n\\n# Titel\\n | 8 | headings start at '##'
            an unknown placeholder  | ---\\nid: fortegnelse\\nprepared: 2026-12-01\\nupdated: 2026-12-01\\n---\\nT\\n{{navn}}\\n | 7 | unknown placeholder {{navn}}
            a placeholder left open | ---\\nid: fortegnelse\\nprepared: 2026-12-01\\nupdated: 2026-12-01\\n---\\nT {{kontakt\\n  | 6 | a placeholder is not closed
            """)
    void a_broken_file_is_refused_with_file_and_line(String what, String text, int line, String problem)
            throws IOException {
        Path file = write("fortegnelse", text.replace("\\n", "\n"));

        assertThatThrownBy(() -> PolicyTextLoader.load(root, OPERATOR))
                .as(what)
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.problem()).contains(problem);
                })
                .hasMessageStartingWith(file + ":" + line + ": ");
    }

    @Test
    void a_missing_file_is_refused_naming_it() throws IOException {
        Files.delete(root.resolve("privacy").resolve("tilgaengelighedserklaering.md"));

        assertThatThrownBy(() -> PolicyTextLoader.load(root, OPERATOR))
                .isInstanceOfSatisfying(
                        ContentException.class,
                        e -> assertThat(e.file())
                                .isEqualTo(root.resolve("privacy").resolve("tilgaengelighedserklaering.md")))
                .hasMessageContaining("file not found");
    }

    private Path write(String id, String text) throws IOException {
        Path file = root.resolve("privacy").resolve(id + ".md");
        Files.writeString(file, text);
        return file;
    }
}
