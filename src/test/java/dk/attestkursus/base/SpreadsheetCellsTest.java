package dk.attestkursus.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP's rule for CSV cells: what a spreadsheet would run gets a leading apostrophe; numbers stay numbers. */
class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://x\",\"klik\")",
                "+cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "\t=1+1",
                "\r=1+1",
                "＝1+1"
            })
    void a_value_a_spreadsheet_would_run_is_made_text(String typed) {
        assertThat(SpreadsheetCells.safe(typed)).isEqualTo("'" + typed);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"-3|-3", "12,5|12,5", "-0.75|-0.75", "Sygedagpengeteamet|Sygedagpengeteamet", "''|''"})
    void numbers_and_ordinary_text_stay_as_they_are(String value, String expected) {
        assertThat(SpreadsheetCells.safe(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Team =A1", "1+1"})
    void only_the_first_character_counts(String value) {
        assertThat(SpreadsheetCells.safe(value)).isEqualTo(value);
    }
}
