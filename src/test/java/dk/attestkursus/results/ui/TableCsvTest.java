package dk.attestkursus.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A results table with a team name an administrator typed as a formula: the CSV cell is text, numbers stay. */
class TableCsvTest {

    @Test
    void a_typed_formula_becomes_text_and_numbers_stay_numbers() throws Exception {
        String typed = "=HYPERLINK(\"http://x\",\"klik\")";
        ResultTable table = new ResultTable(
                "hold",
                "Hold",
                List.of(ResultTable.Column.of("Team"), ResultTable.Column.of("Ændring", "point")),
                List.of(
                        List.of(ResultTable.Cell.text(typed), ResultTable.Cell.number("−3", "-3")),
                        List.of(ResultTable.Cell.text("+cmd|' /C calc'!A0"), ResultTable.Cell.number("2,5", "2,5"))),
                "Note");
        String csv = new String(TableCsv.of(table), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVParser.parse(
                        new StringReader(csv),
                        CSVFormat.Builder.create(CSVFormat.EXCEL)
                                .setDelimiter(';')
                                .get())
                .getRecords();
        assertThat(records.get(1).get(0)).isEqualTo("'" + typed);
        assertThat(records.get(1).get(1)).isEqualTo("-3");
        assertThat(records.get(2).get(0)).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(records.get(2).get(1)).isEqualTo("2,5");
    }
}
