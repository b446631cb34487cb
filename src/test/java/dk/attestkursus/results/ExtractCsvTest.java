package dk.attestkursus.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtractCsvTest {

    static final Set<String> FORMS = Set.of("LÆ 265", "LÆ 285");
    static final YearMonth NOW = YearMonth.of(2026, 12);

    static ExtractCsv.Result parse(String text) {
        return ExtractCsv.parse(text.getBytes(StandardCharsets.UTF_8), FORMS, NOW);
    }

    @Test
    void reads_danish_excel_with_thousands_and_decimal_commas_and_optional_cost() {
        byte[] file =
                "måned;attest;sendt;returneret;udgift\r\n2025-01;LÆ 265;1.104;9;\"170.456,50\"\r\n03-2025;lae285;31;2;\r\n"
                        .getBytes(Charset.forName("windows-1252"));
        ExtractCsv.Result result = ExtractCsv.parse(file, FORMS, NOW);
        assertThat(result.ok()).isTrue();
        assertThat(result.rows())
                .containsExactly(
                        new ExtractRow(YearMonth.of(2025, 1), "LÆ 265", 1104, 9, new BigDecimal("170456.50")),
                        new ExtractRow(YearMonth.of(2025, 3), "LÆ 285", 31, 2, null));
    }

    @Test
    void plain_decimal_points_and_kroner_are_read_too() {
        assertThat(ExtractCsv.amount("1234.50")).isEqualByComparingTo("1234.50");
        assertThat(ExtractCsv.amount("1.639 kr.")).isEqualByComparingTo("1639");
        assertThat(ExtractCsv.amount("12,5")).isEqualByComparingTo("12.5");
        assertThat(ExtractCsv.amount("-5")).isNull();
        assertThat(ExtractCsv.amount("mange")).isNull();
    }

    @Test
    void every_bad_line_is_reported_with_its_line_and_no_rows_are_given() {
        ExtractCsv.Result result = parse("""
                måned,attest,sendt,returneret
                2025-01,LÆ 265,10,1
                2025-13,LÆ 265,10,1
                2099-01,LÆ 265,10,1
                2025-02,LÆ 999,10,1
                2025-03,LÆ 265,-4,1
                2025-04,LÆ 265,"1,5",1
                2025-05,LÆ 265,3,7
                2025-01,LÆ 265,12,0
                """);
        assertThat(result.ok()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::key)
                .containsExactly(
                        "extract.error.month",
                        "extract.error.futureMonth",
                        "extract.error.unknownForm",
                        "extract.error.negative",
                        "extract.error.notWhole",
                        "extract.error.returnedAboveSent",
                        "extract.error.duplicate");
        assertThat(result.problems()).extracting(p -> p.args().getFirst()).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(result.problems().getLast().args()).containsExactly(9, "LÆ 265", "2025-01", 2);
    }

    @Test
    void a_missing_column_an_empty_file_and_a_cpr_number_are_refused() {
        assertThat(parse("måned;attest;sendt\n2025-01;LÆ 265;3\n").problems())
                .containsExactly(Problem.of("extract.error.missingColumn", "returneret"));
        assertThat(parse("   \n").problems()).extracting(Problem::key).containsExactly("extract.error.empty");
        assertThat(parse("måned;attest;sendt;returneret\n").problems())
                .extracting(Problem::key)
                .containsExactly("extract.error.empty");
        assertThat(parse("måned;attest;sendt;returneret\n2025-01;LÆ 265;3;0;010190-1234\n")
                        .problems())
                .containsExactly(Problem.of("extract.error.cpr", 2));
    }

    @Test
    void a_cell_of_megabytes_is_refused_for_its_length_with_its_line_and_never_echoed() {
        // Issue 24: a 1.9 MB cell once came back into the preview whole.
        String huge = "9 ".repeat(900_000);
        ExtractCsv.Result result = parse("måned;attest;sendt;returneret\n2025-01;" + huge + ";3;0\n");
        assertThat(result.problems()).containsExactly(Problem.of("extract.error.cellTooLong", 2, ExtractCsv.MAX_CELL));
        assertThat(result.problems().getFirst().toString()).hasSizeLessThan(500);
    }

    @Test
    void form_numbers_and_months_are_normalised() {
        assertThat(ExtractCsv.form("LÆ265")).isEqualTo("LÆ 265");
        assertThat(ExtractCsv.form("lae-285")).isEqualTo("LÆ 285");
        assertThat(ExtractCsv.form("265")).isEqualTo("LÆ 265");
        assertThat(ExtractCsv.form("attest")).isNull();
        assertThat(ExtractCsv.month("2025-03-01")).isEqualTo(YearMonth.of(2025, 3));
        assertThat(ExtractCsv.month("3/2025")).isEqualTo(YearMonth.of(2025, 3));
        assertThat(ExtractCsv.month("marts")).isNull();
    }
}
