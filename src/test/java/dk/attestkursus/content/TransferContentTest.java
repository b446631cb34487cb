package dk.attestkursus.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The self-assessment and the mail templates: the real content loads, every broken file is refused
 * naming file and line, and filling a template in keeps values as plain text.
 */
class TransferContentTest {

    @TempDir
    Path root;

    private final ContentLoader loader = new ContentLoader();

    static final String SURVEY = """
            id: selvvurdering
            title: Selvvurdering
            intro: Sæt kryds.
            scale: [Helt uenig, Uenig, Hverken eller, Enig, Helt enig]
            statements:
              - key: a
                text: Jeg ved, hvad lægen vurderer.
                objective: samarbejde
                source: kursusvejledning
              - key: b
                text: Jeg kender min rolle.
                objective: samarbejde
                source: kursusvejledning
              - key: c
                text: Jeg vælger den rette attest.
                objective: rette-attest
                source: kursusvejledning
              - key: d
                text: Jeg tænker over, om der skal en attest til.
                objective: rette-attest
                source: kursusvejledning
              - key: e
                text: Jeg skriver formålet.
                objective: samarbejde
                source: kursusvejledning
              - key: f
                text: Jeg stiller få spørgsmål.
                objective: rette-attest
                source: kursusvejledning
            open_question: Hvad er sværest?
            source: kursusvejledning
            """;

    static final String OBSTACLES = """
            source: kursusvejledning
            groups:
              - key: tid
                title: Tid og travlhed
                words: [tid, travl]
              - key: it
                title: Skabeloner og it
                words: [skabelon, system]
            """;

    static String mail(String id, String audience, String body) {
        return "---\nid: " + id + "\naudience: " + audience
                + "\nsubject: \"Kurset {{dato}}\"\nsource: kursusvejledning\n" + "---\n" + body;
    }

    /** A valid survey and the six mails in {@code root} (used by the other content tests too). */
    static void writeValidTransfer(Path root) throws IOException {
        Files.createDirectories(root.resolve("surveys"));
        Files.createDirectories(root.resolve("emails"));
        Files.writeString(root.resolve("surveys/self-assessment.yml"), SURVEY);
        Files.writeString(root.resolve("surveys/obstacles.yml"), OBSTACLES);
        for (String id : MailTemplateLoader.REQUIRED) {
            boolean leader = id.startsWith("leder");
            Files.writeString(
                    root.resolve("emails/" + id + ".md"),
                    mail(
                            id,
                            leader ? "leder" : "deltager",
                            leader
                                    ? "Kære {{navn}}\n\nSe [resultaterne]({{link_resultater}}).\n"
                                    : "Kære {{navn}}\n\nHold: {{hold}}, kl. {{tidspunkt}}.\n\n[Gå i gang]({{link_selvvurdering}})\n"));
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        new ContentLoaderTest().copyValidTreeTo(root);
    }

    @Test
    void obstacles_fall_in_the_first_group_whose_word_begins_a_word_of_the_answer() {
        List<ObstacleGroup> groups = loader.load(root).transfer().obstacleGroups();
        assertThat(groups).extracting(ObstacleGroup::key).containsExactly("tid", "it");
        assertThat(groups.get(0).matches("Der var ikke TID nok")).isTrue();
        assertThat(groups.get(0).matches("Travlhed i teamet")).isTrue();
        assertThat(groups.get(0).matches("Mit fagsystem drillede")).isFalse();
        assertThat(groups.get(1).matches("Skabelonen i systemet")).isTrue();
        assertThat(groups.get(0).matches("Utiden")).isFalse();
    }

    @Test
    void an_obstacle_group_without_words_is_refused_naming_the_file_and_line() throws IOException {
        Files.writeString(
                root.resolve("surveys/obstacles.yml"), OBSTACLES.replace("words: [skabelon, system]", "words: []"));
        assertThatThrownBy(() -> loader.load(root)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.getMessage()).contains("obstacles.yml");
            assertThat(e.line()).isEqualTo(8);
        });
    }

    @Test
    void the_real_content_has_six_to_ten_statements_over_all_objectives_and_all_six_mails() {
        Course course = loader.load(Path.of("content"));
        Survey survey = course.transfer().selfAssessment();
        assertThat(survey.statements()).hasSizeBetween(6, 10);
        assertThat(survey.scale()).hasSize(5);
        assertThat(survey.statements())
                .extracting(Survey.Statement::objectiveKey)
                .containsAll(course.objectives().stream().map(Objective::key).toList());
        assertThat(course.transfer().mails())
                .extracting(MailTemplate::id)
                .containsExactlyInAnyOrderElementsOf(MailTemplateLoader.REQUIRED);
        assertThat(course.transfer().mail("leder-foer").orElseThrow().placeholders())
                .doesNotContainAnyElementsOf(MailTemplate.PARTICIPANT_ONLY);
        assertThat(course.writing().ownCase(Writing.OwnCase.BEFORE)).isPresent();
        assertThat(course.writing().ownCase(Writing.OwnCase.AFTER)).isPresent();
    }

    @Test
    void filling_in_keeps_values_as_plain_text_and_links_as_links() {
        MailTemplate t = loader.load(root).transfer().mail("introduktion").orElseThrow();
        Map<String, String> values = new HashMap<>();
        MailTemplate.PLACEHOLDERS.forEach(p -> values.put(p, ""));
        values.put("navn", "<script>alert(1)</script> *Anna*");
        values.put("hold", "Hold_1 [x](javascript:alert(1))");
        values.put("tidspunkt", "9.00-11.30");
        values.put("dato", "tirsdag 8. december 2026");
        values.put("link_selvvurdering", "https://kursus.example.dk/kursus/selvvurdering/foer?a=1&b=2");
        RenderedMail mail = t.render(values);
        assertThat(mail.subject()).isEqualTo("Kurset tirsdag 8. december 2026");
        assertThat(mail.html())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; *Anna*")
                .doesNotContain("<script")
                .doesNotContain("<em>Anna")
                .contains("href=\"https://kursus.example.dk/kursus/selvvurdering/foer?a=1&amp;b=2\"")
                .doesNotContain("javascript:alert(1)\"")
                .doesNotContain("placeholder.invalid");
        assertThat(mail.text())
                .contains("Kære <script>alert(1)</script> *Anna*")
                .contains("(https://kursus.example.dk/kursus/selvvurdering/foer?a=1&b=2)");
    }

    @Test
    void every_real_mail_has_a_text_part_without_markdown_and_the_links_written_out() {
        Course course = loader.load(Path.of("content"));
        Map<String, String> values = new HashMap<>();
        MailTemplate.PLACEHOLDERS.forEach(p -> values.put(p, "https://kursus.example.dk/" + p));
        values.put("navn", "Anna Østergaard");
        values.put("undervisere", "Åse og Bo");
        values.put("manglende_opgaver", "- Selvvurderingen\n- Myterne");
        for (String id : MailTemplateLoader.REQUIRED) {
            RenderedMail mail = course.transfer().mail(id).orElseThrow().render(values);
            assertThat(mail.text())
                    .as(id)
                    .startsWith("Kære Anna Østergaard\n\n")
                    .doesNotContain("**")
                    .doesNotContain("](")
                    .doesNotContain("## ")
                    .doesNotContain("placeholder.invalid");
            // Every link of the HTML part is written out in the text part.
            java.util.regex.Matcher href =
                    java.util.regex.Pattern.compile("href=\"([^\"]+)\"").matcher(mail.html());
            while (href.find()) {
                assertThat(mail.text()).as(id).contains("(" + href.group(1).replace("&amp;", "&") + ")");
            }
        }
        RenderedMail intro =
                course.transfer().mail("introduktion").orElseThrow().render(values);
        assertThat(intro.text())
                .contains("\"Besvar selvvurderingen\" (https://kursus.example.dk/link_selvvurdering)")
                .contains("\n1. Selvvurdering: ")
                .endsWith("Venlig hilsen\nÅse og Bo\n");
    }

    @Test
    void a_used_placeholder_without_a_value_is_refused_by_name() {
        MailTemplate t = loader.load(root).transfer().mail("introduktion").orElseThrow();
        assertThatThrownBy(() -> t.render(Map.of("navn", "Anna")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{{");
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                arguments(
                        "an unknown placeholder",
                        "emails/introduktion.md",
                        mail("introduktion", "deltager", "Kære {{navn}}\n\nHej {{navnn}}\n"),
                        9,
                        "unknown placeholder {{navnn}}"),
                arguments(
                        "an unknown placeholder in the subject",
                        "emails/introduktion.md",
                        mail("introduktion", "deltager", "Hej\n").replace("{{dato}}", "{{datoen}}"),
                        4,
                        "unknown placeholder {{datoen}}"),
                arguments(
                        "a placeholder left open",
                        "emails/paamindelse.md",
                        mail("paamindelse", "deltager", "Kære {{navn}}\n\nTil {{hold\n"),
                        9,
                        "not closed"),
                arguments(
                        "a leader's mail with a caseworker's link",
                        "emails/leder-efter.md",
                        mail("leder-efter", "leder", "Se\n\n{{link_handlingsplan}}\n"),
                        9,
                        "cannot use {{link_handlingsplan}}"),
                arguments(
                        "a caseworker's mail with the leaders' link",
                        "emails/opfoelgning-1.md",
                        mail("opfoelgning-1", "deltager", "{{link_resultater}}\n"),
                        7,
                        "cannot use {{link_resultater}}"),
                arguments(
                        "an id that is not the file name",
                        "emails/opfoelgning-2.md",
                        mail("opfoelgning-tre", "deltager", "Hej\n"),
                        2,
                        "must be the file name"),
                arguments(
                        "an unknown audience",
                        "emails/opfoelgning-2.md",
                        mail("opfoelgning-2", "borger", "Hej\n"),
                        3,
                        "audience must be"),
                arguments(
                        "a mail without text",
                        "emails/opfoelgning-2.md",
                        mail("opfoelgning-2", "deltager", "\n"),
                        7,
                        "no text"),
                arguments(
                        "a scale of four",
                        "surveys/self-assessment.yml",
                        SURVEY.replace("[Helt uenig, Uenig, Hverken eller, Enig, Helt enig]", "[1, 2, 3, 4]"),
                        4,
                        "5 steps"),
                arguments(
                        "an unknown objective",
                        "surveys/self-assessment.yml",
                        SURVEY.replaceFirst("objective: samarbejde", "objective: maalet"),
                        8,
                        "unknown objective 'maalet'"),
                arguments(
                        "a statement key twice",
                        "surveys/self-assessment.yml",
                        SURVEY.replace("key: b", "key: a"),
                        10,
                        "appears twice"),
                arguments(
                        "an objective with no statement",
                        "surveys/self-assessment.yml",
                        SURVEY.replace("objective: rette-attest", "objective: samarbejde"),
                        6,
                        "no statement is tied to objective 'rette-attest'"),
                arguments(
                        "too few statements",
                        "surveys/self-assessment.yml",
                        SURVEY.substring(0, SURVEY.indexOf("  - key: f"))
                                + "open_question: Hvad?\nsource: kursusvejledning\n",
                        6,
                        "6-10 statements"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void broken_transfer_content_is_refused_naming_file_and_line(
            String what, String file, String text, int line, String problem) throws IOException {
        Files.writeString(root.resolve(file), text);
        assertThatThrownBy(() -> loader.load(root)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.file()).isEqualTo(root.resolve(file));
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.problem()).contains(problem);
        });
    }

    @Test
    void a_missing_mail_and_an_extra_mail_are_refused() throws IOException {
        Files.writeString(root.resolve("emails/velkommen.md"), mail("velkommen", "deltager", "Hej\n"));
        assertThatThrownBy(() -> loader.load(root))
                .isInstanceOfSatisfying(
                        ContentException.class, e -> assertThat(e.problem()).contains("unknown mail 'velkommen'"));
        Files.delete(root.resolve("emails/velkommen.md"));
        Files.delete(root.resolve("emails/leder-efter.md"));
        assertThatThrownBy(() -> loader.load(root)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.file()).isEqualTo(root.resolve("emails/leder-efter.md"));
            assertThat(e.problem()).contains("file not found");
        });
        assertThat(List.of(root.resolve("emails").toFile().list())).hasSize(MailTemplateLoader.REQUIRED.size() - 1);
    }
}
