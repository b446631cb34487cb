package dk.attestkursus.courserun;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.CsvText;
import dk.attestkursus.courserun.ParticipantCsv.Problem;
import dk.attestkursus.courserun.ParticipantCsv.Result;
import dk.attestkursus.courserun.ParticipantCsv.Row;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ParticipantCsvTest {

    private static final String HEADER = "Navn;E-mail;Team;Leder e-mail\n";

    private static Result parse(String text) {
        return ParticipantCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::key).toList();
    }

    private static Row only(Result result) {
        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.rows()).hasSize(1);
        return result.rows().getFirst();
    }

    // --- encodings, line endings, separators -------------------------------------------------

    @Test
    void reads_utf8_with_bom_and_crlf() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("Navn;E-mail;Team;Leder e-mail\r\nSøren Ærø;SOREN@Kommune.dk;Team Å;Leder@kommune.dk\r\n"
                        + "Åse Øst;aase@kommune.dk;;leder@kommune.dk\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        Result result = ParticipantCsv.parse(bytes);

        assertThat(result.ok()).isTrue();
        assertThat(result.rows())
                .extracting(Row::line, Row::name, Row::email, Row::team, Row::leaderEmail)
                .containsExactly(
                        Tuple.tuple(2, "Søren Ærø", "soren@kommune.dk", "Team Å", "leder@kommune.dk"),
                        Tuple.tuple(3, "Åse Øst", "aase@kommune.dk", "", "leder@kommune.dk"));
    }

    @Test
    void reads_old_mac_line_ends() {
        Result result = parse("navn;email;leder\rA;a@x.dk;l@x.dk\r\rB;b@x.dk;l@x.dk");

        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).extracting(Row::line).containsExactly(2, 4);
    }

    @Test
    void reads_windows_1252_from_danish_excel() {
        byte[] bytes =
                "Navn;E-mail;Afdeling;Leders e-mail\r\nBjørn Æbelø;bjorn@kommune.dk;Ydelse Å;leder@kommune.dk\r\n"
                        .getBytes(Charset.forName("windows-1252"));

        Row row = only(ParticipantCsv.parse(bytes));

        assertThat(row.name()).isEqualTo("Bjørn Æbelø");
        assertThat(row.team()).isEqualTo("Ydelse Å");
        assertThat(row.valid()).isTrue();
    }

    @Test
    void reads_utf16_unicode_text_from_excel_with_tabs() {
        byte[] bytes = "\uFEFFname\temail\tteam\tleader email\r\nÅge Ø\tage@x.dk\tT\tl@x.dk\r\n"
                .getBytes(StandardCharsets.UTF_16LE);

        Row row = only(ParticipantCsv.parse(bytes));

        assertThat(row.name()).isEqualTo("Åge Ø");
        assertThat(row.team()).isEqualTo("T");
    }

    @Test
    void reads_semicolons_with_quoted_separators() {
        Row row = only(parse(HEADER + "\"Hansen; Jens\";jens@x.dk;\"Team; Nord\";l@x.dk\n"));

        assertThat(row.name()).isEqualTo("Hansen; Jens");
        assertThat(row.team()).isEqualTo("Team; Nord");
        assertThat(row.valid()).isTrue();
    }

    @Test
    void reads_commas_with_quoted_separators_and_escaped_quotes() {
        Row row = only(parse(
                "name,email,team,leader e-mail\n\"Hansen, Jens \"\"JJ\"\"\", jens@x.dk , \"Nord, Syd\",l@x.dk\n"));

        assertThat(row.name()).isEqualTo("Hansen, Jens \"JJ\"");
        assertThat(row.email()).isEqualTo("jens@x.dk");
        assertThat(row.team()).isEqualTo("Nord, Syd");
        assertThat(row.valid()).isTrue();
    }

    @Test
    void reads_tabs() {
        Row row = only(parse("navn\te-mail\tleder\nA B\ta@x.dk\tl@x.dk\n"));

        assertThat(row.name()).isEqualTo("A B");
        assertThat(row.team()).isEmpty();
    }

    @Test
    void a_semicolon_header_wins_over_commas_in_its_headings() {
        assertThat(CsvText.detectDelimiter("Navn;E-mail;\"Team, afdeling\";Leder\n"))
                .isEqualTo(';');
        assertThat(CsvText.detectDelimiter("\n\nname,email,leader\n")).isEqualTo(',');
        assertThat(CsvText.detectDelimiter("a\tb,c\td\n")).isEqualTo('\t');
    }

    @Test
    void quoted_newlines_keep_later_line_numbers_right() {
        Result result = parse(HEADER + "\"Jens\nHansen\";jens@x.dk;\"Nord\r\nSyd\";l@x.dk\nAnne;anne@x.dk;;l@x.dk\n");

        assertThat(result.rows()).extracting(Row::line).containsExactly(2, 5);
        assertThat(result.rows().getFirst().name()).isEqualTo("Jens Hansen");
        assertThat(result.rows().getFirst().team()).isEqualTo("Nord Syd");
    }

    @Test
    void blank_lines_are_skipped_but_counted() {
        Result result = parse("\n  \n" + HEADER + "\nA;a@x.dk;;l@x.dk\n;;;\n   \r\nB;b@x.dk;;l@x.dk\n\n");

        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).extracting(Row::line).containsExactly(5, 8);
    }

    @Test
    void values_are_trimmed_and_whitespace_in_names_collapsed() {
        Row row = only(parse(HEADER + "  Jens \t  Peter\u00A0 Hansen ;  JENS@X.DK ;  Nord   ;\u200BL@x.dk \n"));

        assertThat(row.name()).isEqualTo("Jens Peter Hansen");
        assertThat(row.email()).isEqualTo("jens@x.dk");
        assertThat(row.team()).isEqualTo("Nord");
        assertThat(row.leaderEmail()).isEqualTo("l@x.dk");
    }

    @Test
    void unbalanced_quotes_refuse_the_file() {
        Result result = parse(HEADER + "A;a@x.dk;;l@x.dk\n\"B;b@x.dk;;l@x.dk\nC;c@x.dk;;l@x.dk\n");

        assertThat(result.fileErrors()).containsExactly(new Problem("import.error.malformed", List.of(3)));
        assertThat(result.rows()).isEmpty();
        assertThat(result.ok()).isFalse();
    }

    @Test
    void text_after_a_closing_quote_refuses_the_file_rather_than_guessing() {
        Result result = parse(HEADER + "A;a@x.dk;;l@x.dk\n\nB;\"b\"x@x.dk;;l@x.dk\n");

        assertThat(result.fileErrors()).containsExactly(new Problem("import.error.malformed", List.of(4)));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void the_malformed_line_is_found_far_into_the_file() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 1_500; i++) {
            text.append("D;d").append(i).append("@x.dk;;l@x.dk\n");
        }
        text.append("\"E;e@x.dk;;l@x.dk\n");

        assertThat(parse(text.toString()).fileErrors())
                .containsExactly(new Problem("import.error.malformed", List.of(1_502)));
    }

    @Test
    void quotes_inside_an_unquoted_value_are_kept() {
        Row row = only(parse(HEADER + "Jens \"JJ\" Hansen;a@x.dk;;l@x.dk\n"));

        assertThat(row.name()).isEqualTo("Jens \"JJ\" Hansen");
        assertThat(row.valid()).isTrue();
    }

    // --- header ------------------------------------------------------------------------------

    @Test
    void headers_are_case_insensitive_trimmed_and_in_any_order() {
        Row row = only(parse("  LEDER-E-MAIL ; Fulde   Navn;MAIL\nl@x.dk;Jens;j@x.dk\n"));

        assertThat(row.name()).isEqualTo("Jens");
        assertThat(row.email()).isEqualTo("j@x.dk");
        assertThat(row.leaderEmail()).isEqualTo("l@x.dk");
    }

    @Test
    void every_alias_is_understood() {
        List<String[]> aliases = List.of(
                new String[] {"navn", "name", "fulde navn"},
                new String[] {"e-mail", "email", "mail", "e-mailadresse"},
                new String[] {"leder e-mail", "leders e-mail", "leder", "leader email", "leader e-mail", "leder-e-mail"
                });
        for (String name : aliases.get(0)) {
            for (String email : aliases.get(1)) {
                for (String leader : aliases.get(2)) {
                    Result result = parse(name + ";" + email + ";" + leader + ";afdeling\nA;a@x.dk;l@x.dk;T\n");
                    assertThat(result.ok())
                            .as(name + "/" + email + "/" + leader)
                            .isTrue();
                    assertThat(result.rows().getFirst().team()).isEqualTo("T");
                }
            }
        }
    }

    @Test
    void missing_columns_are_named_with_what_was_found() {
        Result result = parse("Navn;Team\nA;T\n");

        assertThat(result.fileErrors())
                .containsExactly(
                        new Problem("import.error.missingColumns", List.of("e-mail, leder e-mail", "Navn, Team")));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void team_is_optional() {
        Row row = only(parse("navn;e-mail;leder\nA;a@x.dk;l@x.dk\n"));

        assertThat(row.team()).isEmpty();
        assertThat(row.valid()).isTrue();
    }

    @Test
    void a_file_without_header_is_refused() {
        Result result = parse("Jens Hansen;jens@x.dk;l@x.dk\nAnne;anne@x.dk;l@x.dk\n");

        assertThat(keys(result.fileErrors()))
                .containsExactly("import.error.missingColumns", "import.error.unknownColumns");
        assertThat(result.rows()).isEmpty();
        assertThat(result.ok()).isFalse();
    }

    @Test
    void unknown_columns_refuse_the_file() {
        Result result = parse("Navn;E-mail;Leder;Telefon;Adresse\nA;a@x.dk;l@x.dk;12345678;Vej 1\n");

        assertThat(result.fileErrors())
                .containsExactly(new Problem("import.error.unknownColumns", List.of("Telefon, Adresse")));
        assertThat(result.rows()).isEmpty();
        assertThat(result.ok()).isFalse();
    }

    @Test
    void a_duplicate_column_refuses_the_file() {
        Result result = parse("Navn;Name;E-mail;Leder\nA;B;a@x.dk;l@x.dk\n");

        assertThat(result.fileErrors()).containsExactly(new Problem("import.error.duplicateColumn", List.of("navn")));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void a_blank_heading_between_columns_refuses_the_file_but_trailing_blank_ones_are_fine() {
        assertThat(parse("Navn;;E-mail;Leder\nA;x;a@x.dk;l@x.dk\n").fileErrors())
                .containsExactly(new Problem("import.error.blankColumn", List.of(2)));
        Result trailing = parse("Navn;E-mail;Leder;;\nA;a@x.dk;l@x.dk;;\n");
        assertThat(trailing.ok()).isTrue();
    }

    @Test
    void a_cpr_number_in_the_header_is_not_repeated() {
        Result result = parse("Jens;010180-1234;l@x.dk\n");

        assertThat(keys(result.fileErrors())).contains("import.error.cprHeader");
        assertThat(result.fileErrors())
                .allSatisfy(p -> assertThat(p.args().toString()).doesNotContain("010180", "1234"));
    }

    // --- size --------------------------------------------------------------------------------

    @Test
    void an_empty_file_is_refused() {
        assertThat(ParticipantCsv.parse(new byte[0]).fileErrors())
                .containsExactly(new Problem("import.error.empty", List.of()));
        assertThat(keys(parse("\uFEFF \r\n\n").fileErrors())).containsExactly("import.error.empty");
    }

    @Test
    void a_header_only_file_is_refused() {
        Result result = parse(HEADER + "\n;;;\n");

        assertThat(keys(result.fileErrors())).containsExactly("import.error.empty");
        assertThat(result.ok()).isFalse();
    }

    @Test
    void a_too_large_file_is_refused_before_reading() {
        byte[] bytes = new byte[ParticipantCsv.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) 0xFF); // not even text: refused on size alone

        Result result = ParticipantCsv.parse(bytes);

        assertThat(result.fileErrors()).containsExactly(new Problem("import.error.tooLarge", List.of(5)));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void exactly_the_size_limit_is_read() {
        StringBuilder text = new StringBuilder(HEADER).append("A;a@x.dk;;l@x.dk\n");
        text.append(" ".repeat(ParticipantCsv.MAX_BYTES - text.length()));

        Result result = parse(text.toString());

        assertThat(text.length()).isEqualTo(ParticipantCsv.MAX_BYTES);
        assertThat(result.ok()).isTrue();
    }

    @Test
    void five_thousand_rows_are_all_read() {
        StringBuilder text = new StringBuilder(HEADER);
        IntStream.rangeClosed(1, 5_000)
                .forEach(i -> text.append("Deltager ")
                        .append(i)
                        .append(";d")
                        .append(i)
                        .append("@kommune.dk;Team ")
                        .append(i % 7)
                        .append(";leder")
                        .append(i % 13)
                        .append("@kommune.dk\r\n"));

        Result result = parse(text.toString());

        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.rows()).hasSize(5_000).allMatch(Row::valid);
        assertThat(result.rows().getLast().line()).isEqualTo(5_001);
        assertThat(result.rows().getLast().email()).isEqualTo("d5000@kommune.dk");
        assertThat(result.ok()).isTrue();
    }

    @Test
    void more_than_the_row_limit_is_refused() {
        StringBuilder text = new StringBuilder("navn,email,leder\n");
        for (int i = 0; i <= ParticipantCsv.MAX_ROWS; i++) {
            text.append("D,d").append(i).append("@x.dk,l@x.dk\n");
        }

        Result result = parse(text.toString());

        assertThat(result.fileErrors()).containsExactly(new Problem("import.error.tooManyRows", List.of(10_000)));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void exactly_the_row_limit_is_read() {
        StringBuilder text = new StringBuilder("navn,email,leder\n");
        for (int i = 0; i < ParticipantCsv.MAX_ROWS; i++) {
            text.append("D,d").append(i).append("@x.dk,l@x.dk\n");
        }

        assertThat(parse(text.toString()).rows()).hasSize(ParticipantCsv.MAX_ROWS);
    }

    // --- rows --------------------------------------------------------------------------------

    @Test
    void duplicate_emails_are_found_regardless_of_case_and_the_first_stays_valid() {
        Result result =
                parse(HEADER + "A;anne@x.dk;;l@x.dk\nB;bo@x.dk;;l@x.dk\n\nC;ANNE@X.dk;;l@x.dk\nD;Anne@x.DK;;l@x.dk\n");

        assertThat(result.rows().get(0).valid()).isTrue();
        assertThat(result.rows().get(1).valid()).isTrue();
        assertThat(result.rows().get(2).problems())
                .containsExactly(new Problem("import.error.duplicateEmail", List.of(2)));
        assertThat(result.rows().get(3).problems())
                .containsExactly(new Problem("import.error.duplicateEmail", List.of(2)));
        assertThat(result.rows().get(2).line()).isEqualTo(5);
        assertThat(result.ok()).isFalse();
    }

    @Test
    void bad_emails_are_refused_with_the_value() {
        List<String> bad = List.of(
                "jens",
                "jens@",
                "@x.dk",
                "jens@x",
                "jens hansen@x.dk",
                "a@b@x.dk",
                "jens@x.dk,anne@x.dk",
                "Jens <jens@x.dk>",
                "jens@x .dk",
                "a".repeat(250) + "@x.dk");
        for (String email : bad) {
            String quoted = "\"" + email.replace("\"", "\"\"") + "\"";
            Row row = only(parse(HEADER + "A;" + quoted + ";;l@x.dk\n"));
            assertThat(keys(row.problems())).as(email).containsExactly("import.error.emailInvalid");
            assertThat(row.problems().getFirst().args()).hasSize(1);
        }
        Row row = only(parse(HEADER + "A;Jens;;l@x.dk\n"));
        assertThat(row.problems()).containsExactly(new Problem("import.error.emailInvalid", List.of("jens")));
    }

    @Test
    void a_long_bad_value_is_shortened_in_the_message() {
        Row row = only(parse(HEADER + "A;" + "x".repeat(300) + ";;l@x.dk\n"));

        assertThat(row.problems().getFirst().args().getFirst().toString())
                .hasSizeLessThanOrEqualTo(60)
                .endsWith("…");
    }

    @Test
    void good_emails_pass() {
        assertThat(ParticipantCsv.isEmail("jens.hansen+kursus@jobcenter.aarhus.dk"))
                .isTrue();
        assertThat(ParticipantCsv.isEmail("æøå@kommune.dk")).isTrue();
        assertThat(ParticipantCsv.isEmail("a".repeat(245) + "@kommune.dk")).isFalse();
    }

    @Test
    void missing_values_are_named_and_a_missing_leader_is_no_problem() {
        Row row = only(parse(HEADER + ";;Nord;\n"));

        assertThat(keys(row.problems())).containsExactly("import.error.nameRequired", "import.error.emailRequired");
        assertThat(row.valid()).isFalse();
        assertThat(only(parse(HEADER + "Åse;aase@kommune.dk;;\n")).valid()).isTrue();
    }

    @Test
    void a_bad_leader_email_and_oneself_as_leader_are_refused() {
        Result result = parse(HEADER + "A;a@x.dk;;leder\nB;b@x.dk;;B@X.DK\n");

        assertThat(result.rows().get(0).problems())
                .containsExactly(new Problem("import.error.leaderInvalid", List.of("leder")));
        assertThat(keys(result.rows().get(1).problems())).containsExactly("import.error.leaderIsSelf");
    }

    @Test
    void the_same_leader_on_many_rows_is_fine() {
        Result result = parse(HEADER + "A;a@x.dk;;l@x.dk\nB;b@x.dk;;l@x.dk\n");

        assertThat(result.ok()).isTrue();
    }

    @Test
    void too_long_names_and_teams_are_refused() {
        Row row = only(parse(HEADER + "N".repeat(201) + ";a@x.dk;" + "T".repeat(101) + ";l@x.dk\n"));
        assertThat(row.problems())
                .containsExactly(
                        new Problem("import.error.nameTooLong", List.of(200)),
                        new Problem("import.error.teamTooLong", List.of(100)));

        Row fits = only(parse(HEADER + "N".repeat(200) + ";a@x.dk;" + "T".repeat(100) + ";l@x.dk\n"));
        assertThat(fits.valid()).isTrue();
    }

    @Test
    void a_cell_of_megabytes_is_refused_for_its_length_and_only_its_start_is_read_and_shown() {
        // Issue 24: a 5 MB cell once took minutes to preview and came back into the page whole.
        String huge = "9 ".repeat(1_000_000);
        Row row = only(parse(HEADER + "Jens;jens@x.dk;" + huge + ";l@x.dk\n"));
        assertThat(row.problems()).contains(new Problem("import.error.cellTooLong", List.of(ParticipantCsv.MAX_CELL)));
        assertThat(row.valid()).isFalse();
        assertThat(row.team()).hasSizeLessThanOrEqualTo(ParticipantCsv.MAX_CELL);
    }

    @Test
    void too_many_or_too_few_fields_are_refused() {
        Result result =
                parse(HEADER + "Hansen; Jens;jens@x.dk;Nord;l@x.dk\nAnne;anne@x.dk;l@x.dk\nBo;bo@x.dk;;l@x.dk;;\n");

        assertThat(result.rows().get(0).problems())
                .containsExactly(new Problem("import.error.wrongFieldCount", List.of(4, 5)));
        assertThat(result.rows().get(1).problems())
                .containsExactly(new Problem("import.error.wrongFieldCount", List.of(4, 3)));
        assertThat(result.rows().get(2).valid())
                .as("empty cells Excel adds at the end")
                .isTrue();
        assertThat(result.rows()).extracting(Row::line).containsExactly(2, 3, 4);
    }

    @Test
    void cpr_numbers_are_refused_and_never_repeated() {
        Result result = parse(HEADER
                + "Jens 010180-1234;jens@x.dk;;l@x.dk\n"
                + "Anne;0101801234@x.dk;;l@x.dk\n"
                + "Bo;bo@x.dk;01 01 80 1234;l@x.dk\n"
                + "Eva;eva@x.dk;;l@x.dk;0101801234\n"
                + "Ida;ida@x.dk;Tlf 12345678;l@x.dk\n");

        assertThat(result.rows()).hasSize(5);
        for (Row row : result.rows().subList(0, 4)) {
            assertThat(keys(row.problems())).as("line " + row.line()).contains("import.error.cpr");
            assertThat(row.problems())
                    .allSatisfy(p -> assertThat(p.args().toString()).doesNotContain("0101", "1234"));
            assertThat(List.of(row.name(), row.email(), row.team(), row.leaderEmail()))
                    .allSatisfy(v -> assertThat(v).doesNotContain("1234"));
        }
        assertThat(result.rows().get(0).problems()).containsExactly(new Problem("import.error.cpr", List.of()));
        assertThat(result.rows().get(1).problems()).containsExactly(new Problem("import.error.cpr", List.of()));
        assertThat(result.rows().get(4).valid())
                .as("a phone number is not a CPR number")
                .isTrue();
    }

    @Test
    void records_are_immutable() {
        Row row = only(parse(HEADER + "A;a@x.dk;;l@x.dk\n"));
        Result result = parse(HEADER + "A;a@x.dk;;l@x.dk\n");

        Assertions.assertThatThrownBy(() -> result.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
        Assertions.assertThatThrownBy(() -> row.problems().add(new Problem("x", List.of())))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
