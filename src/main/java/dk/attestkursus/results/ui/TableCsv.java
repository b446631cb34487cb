package dk.attestkursus.results.ui;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A table as CSV for Danish Excel: UTF-8 with a byte order mark, semicolons, CRLF. */
final class TableCsv {

    private TableCsv() {
    }

    static byte[] of(ResultTable table) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(table.header());
            for (var row : table.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
