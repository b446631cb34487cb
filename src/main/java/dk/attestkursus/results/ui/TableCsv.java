package dk.attestkursus.results.ui;

import dk.attestkursus.base.SpreadsheetCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV for Danish Excel: UTF-8 with a byte order mark, semicolons, CRLF. Values as a spreadsheet
 * reads them (no thousands separators, no units: those are in the header), notes in a column of their own,
 * and no cell a spreadsheet would run as a formula ({@link SpreadsheetCells}).
 */
final class TableCsv {

    private TableCsv() {}

    static byte[] of(ResultTable table) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format =
                CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        boolean notes = table.hasNotes();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            List<String> header = new ArrayList<>(
                    table.columns().stream().map(ResultTable.Column::csvLabel).toList());
            if (notes) {
                header.add(table.noteLabel());
            }
            printer.printRecord(header.stream().map(SpreadsheetCells::safe).toList());
            for (List<ResultTable.Cell> row : table.rows()) {
                List<String> values = new ArrayList<>(
                        row.stream().map(ResultTable.Cell::csvValue).toList());
                if (notes) {
                    List<String> said = new ArrayList<>();
                    for (int i = 0; i < row.size(); i++) {
                        if (row.get(i).note() != null) {
                            said.add(table.columns().get(i).label() + ": "
                                    + row.get(i).note());
                        }
                    }
                    values.add(String.join("; ", said));
                }
                // Team names and other typed text could start like a formula (issue 24): never run in Excel.
                printer.printRecord(values.stream().map(SpreadsheetCells::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
