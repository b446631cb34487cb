package dk.attestkursus.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code practice.yml} (issue 27): items from myths, cases and of their own; every problem with file and line. */
class PracticeContentTest {

    static final String PRACTICE = """
            schedule:
              days_after_session: [2, 7]
              send_time: "09:00"
              answer_days: 14
            items:
              - id: myte-en
                myth: myte-1
              - id: kim
                case: case-kim
                question: Hvilken attest til Kim?
                options: ["LÆ 285", "none", "LÆ 155"]
              - id: eget
                question: Hvad skal stå først?
                options:
                  - text: Formålet
                    right: true
                  - text: Paragrafferne
                explanation: Formålet **først**.
                figure: "under 5%"
                quote: "Det forekom i under 5% af tilfældene."
                sources: [kursusvejledning]
            """;

    @TempDir
    Path root;

    final ContentLoader loader = new ContentLoader();

    @BeforeEach
    void setUp() throws IOException {
        new ContentLoaderTest().copyValidTreeTo(root);
    }

    @Test
    void items_take_their_answers_and_reasons_from_myths_cases_and_their_own_lines() {
        Practice practice = loader.load(root).practice();

        assertThat(practice.daysAfterSession()).containsExactly(2, 7);
        assertThat(practice.sendTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(practice.answerDays()).isEqualTo(14);
        assertThat(practice.items()).extracting(PracticeItem::id).containsExactly("myte-en", "kim", "eget");

        PracticeItem myth = practice.item("myte-en").orElseThrow();
        assertThat(myth.kind()).isEqualTo(PracticeItem.Kind.MYTH);
        assertThat(myth.options()).extracting(PracticeItem.Option::key).containsExactly("myth", "fact", "nuanced");
        assertThat(myth.options())
                .filteredOn(o -> o.judgement() == PracticeItem.Judgement.RIGHT)
                .extracting(PracticeItem.Option::key)
                .containsExactly("myth");
        assertThat(myth.figure()).isNotBlank();
        assertThat(myth.quote()).contains(myth.figure());

        PracticeItem kim = practice.item("kim").orElseThrow();
        assertThat(kim.options())
                .extracting(PracticeItem.Option::judgement)
                .containsExactly(
                        PracticeItem.Judgement.RIGHT, PracticeItem.Judgement.DEFENSIBLE, PracticeItem.Judgement.WRONG);
        assertThat(kim.explanationHtml()).isNotBlank();
        assertThat(kim.sourceIds()).contains("kursusvejledning");

        PracticeItem own = practice.item("eget").orElseThrow();
        assertThat(own.options()).extracting(PracticeItem.Option::key).containsExactly("a", "b");
        assertThat(own.explanationHtml()).contains("<strong>først</strong>");
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                arguments("an unknown myth", "myth: myte-1", "myth: myte-99", 7, "unknown myth 'myte-99'"),
                arguments("an unknown case", "case: case-kim", "case: case-ole", 9, "unknown case 'case-ole'"),
                arguments("an option that is no form", "\"LÆ 155\"]", "\"LÆ 999\"]", 11, "is no form"),
                arguments(
                        "a case without its best choice",
                        "[\"LÆ 285\", \"none\", \"LÆ 155\"]",
                        "[\"none\", \"LÆ 155\"]",
                        11,
                        "best choice 'LÆ 285'"),
                arguments(
                        "a case whose options are all right",
                        "[\"LÆ 285\", \"none\", \"LÆ 155\"]",
                        "[\"LÆ 285\", \"none\"]",
                        11,
                        "every option is right"),
                arguments("no right option", "        right: true\n", "", 15, "no option is marked 'right: true'"),
                arguments(
                        "a figure not in its quote",
                        "figure: \"under 5%\"",
                        "figure: \"over 5%\"",
                        19,
                        "word for word"),
                arguments(
                        "a figure without quote",
                        "    quote: \"Det forekom i under 5% af tilfældene.\"\n",
                        "",
                        19,
                        "needs its quote"),
                arguments("a mail at night", "send_time: \"09:00\"", "send_time: \"22:00\"", 3, "no mails at night"),
                arguments("days out of order", "[2, 7]", "[7, 2]", 2, "must increase"),
                arguments("more days than items", "[2, 7]", "[2, 7, 21, 42]", 6, "every day needs a question"),
                arguments(
                        "an unknown field",
                        "    explanation: Formålet",
                        "    hint: x\n    explanation: Formålet",
                        18,
                        "unknown field 'hint'"),
                arguments("the same id twice", "- id: kim", "- id: myte-en", 8, "appears twice"),
                arguments(
                        "an unknown source",
                        "sources: [kursusvejledning]",
                        "sources: [opdigtet]",
                        21,
                        "unknown source 'opdigtet'"),
                arguments(
                        "a myth item with more",
                        "myth: myte-1\n",
                        "myth: myte-1\n    question: Hvad?\n",
                        8,
                        "unknown field 'question'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void a_broken_practice_file_is_refused_naming_file_and_line(
            String what, String from, String to, int line, String problem) throws IOException {
        assertThat(PRACTICE).contains(from);
        Files.writeString(root.resolve("practice.yml"), PRACTICE.replace(from, to));

        assertThatThrownBy(() -> loader.load(root)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.file()).isEqualTo(root.resolve("practice.yml"));
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.problem()).contains(problem);
        });
    }

    @Test
    void a_missing_practice_file_is_refused() throws IOException {
        Files.delete(root.resolve("practice.yml"));
        assertThatThrownBy(() -> loader.load(root))
                .isInstanceOfSatisfying(
                        ContentException.class, e -> assertThat(e.problem()).contains("file not found"));
    }

    /**
     * The course's own practice questions do not give their answers away: the right answer is not always in
     * the same place in the file (the options are shuffled on screen as well), and in the questions of their
     * own it is not always the longest.
     */
    @Test
    void the_courses_practice_questions_do_not_give_their_answers_away() {
        Course course = loader.load(Path.of("content"));
        List<PracticeItem> items = course.practice().items();
        assertThat(items.size())
                .isGreaterThanOrEqualTo(course.practice().daysAfterSession().size() * 2);
        assertThat(items).extracting(PracticeItem::kind).contains(PracticeItem.Kind.values());
        List<PracticeItem> own =
                items.stream().filter(i -> i.kind() != PracticeItem.Kind.MYTH).toList();
        long rightFirst = own.stream()
                .filter(i -> i.options().getFirst().judgement() == PracticeItem.Judgement.RIGHT)
                .count();
        assertThat(rightFirst).as("items whose first option is right").isLessThanOrEqualTo(own.size() / 2);
        List<PracticeItem> choices =
                items.stream().filter(i -> i.kind() == PracticeItem.Kind.CHOICE).toList();
        long rightLongest = choices.stream()
                .filter(i -> {
                    PracticeItem.Option longest = i.options().stream()
                            .max(java.util.Comparator.comparingInt(o -> o.text().length()))
                            .orElseThrow();
                    return longest.judgement() == PracticeItem.Judgement.RIGHT;
                })
                .count();
        assertThat(rightLongest)
                .as("questions whose longest option is the right one")
                .isLessThan(choices.size());
        items.forEach(
                i -> assertThat(i.sourceIds()).as(i.id() + " names its source").isNotEmpty());
    }
}
