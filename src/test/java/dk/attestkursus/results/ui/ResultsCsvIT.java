package dk.attestkursus.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.results.Dashboard;
import dk.attestkursus.results.DemoExtract;
import dk.attestkursus.results.ResultsService;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every CSV download of the demo leader's results opens in a Danish spreadsheet as numbers that can be
 * summed: a column with numbers holds nothing but numbers (units and notes are in the header or in a
 * column of their own), and no header is there twice.
 */
@IntegrationTest
class ResultsCsvIT {

    static final Locale DA = Locale.of("da");
    /** What Danish Excel reads as a number: digits, a decimal comma, a minus; no thousands dots, no units. */
    static final String NUMBER = "-?\\d+(,\\d+)?";

    @Autowired
    ResultsService results;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AppI18NProvider i18n;

    @Test
    void every_csv_has_numbers_a_spreadsheet_can_sum_and_no_header_twice() throws IOException {
        fixtures.as("leder", () -> results.importExtract(null, DemoExtract.bytes()));
        Dashboard d;
        try {
            d = fixtures.as("leder", () -> results.dashboard(null, null));
        } finally {
            fixtures.as("leder", () -> results.deleteExtract(null));
        }
        List<ResultTable> tables = new DashboardTables(i18n, DA).all(d);
        assertThat(tables).extracting(ResultTable::id).contains("kvalitet", "udtraek-foer-efter", "udtraek-maaneder");

        for (ResultTable table : tables) {
            String csv = new String(TableCsv.of(table), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFF");
            List<CSVRecord> records = CSVParser.parse(
                            new StringReader(csv.substring(1)),
                            CSVFormat.Builder.create(CSVFormat.EXCEL)
                                    .setDelimiter(';')
                                    .get())
                    .getRecords();
            List<String> header = records.getFirst().toList();
            assertThat(new HashSet<>(header))
                    .as("%s.csv has a header twice: %s", table.id(), header)
                    .hasSameSizeAs(header);
            List<CSVRecord> rows = records.subList(1, records.size());
            for (int c = 0; c < header.size(); c++) {
                int column = c;
                boolean numbers = rows.stream().anyMatch(r -> r.get(column).matches(NUMBER));
                if (numbers) {
                    assertThat(rows)
                            .as("%s.csv, column %s: a number column holds text", table.id(), header.get(c))
                            .allSatisfy(r -> assertThat(r.get(column)).matches(NUMBER + "|"));
                }
            }
        }
        String months = new String(
                TableCsv.of(tables.stream()
                        .filter(t -> t.id().equals("udtraek-maaneder"))
                        .findFirst()
                        .orElseThrow()),
                StandardCharsets.UTF_8);
        assertThat(months).doesNotContain(" kr.").doesNotContain("(takst)");
    }
}
