package dk.attestkursus.results.ui;

import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One of the dashboard's tables, the same for the page, the CSV export and the PDF report. A cell has the
 * text people read ("65.924 kr.", "18 %", "for få deltagere") and the value a spreadsheet reads ("65924",
 * "17,7", empty), with units in the column and anything else as a note, so a CSV column can be summed.
 *
 * @param noteLabel the heading of the CSV's note column, there only when a cell has a note
 */
record ResultTable(String id, String title, List<Column> columns, List<List<Cell>> rows, String noteLabel) {

    ResultTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A column; {@code unit} goes into the CSV header; a {@code csvOnly} column is left out on the page and in the PDF. */
    record Column(String label, @Nullable String unit, boolean csvOnly) {

        static Column of(String label) {
            return new Column(label, null, false);
        }

        static Column of(String label, String unit) {
            return new Column(label, unit, false);
        }

        String csvLabel() {
            return unit == null ? label : label + " (" + unit + ")";
        }
    }

    /**
     * A cell: {@code text} to read, {@code csv} the spreadsheet's value (null: the text), and a note for
     * the CSV's note column (e.g. "for få deltagere", whose value is then empty).
     */
    record Cell(String text, @Nullable String csv, @Nullable String note) {

        static Cell text(String text) {
            return new Cell(text, null, null);
        }

        static Cell number(String text, String csv) {
            return new Cell(text, csv, null);
        }

        /** No value: the text says why, and so does the note. */
        static Cell none(String text) {
            return new Cell(text, "", text);
        }

        String csvValue() {
            return csv == null ? text : csv;
        }
    }

    /** The column headings shown on the page and in the PDF. */
    List<String> header() {
        return columns.stream().filter(c -> !c.csvOnly()).map(Column::label).toList();
    }

    /** The rows as shown on the page and in the PDF. */
    List<List<String>> texts() {
        List<Integer> shown = IntStream.range(0, columns.size())
                .filter(i -> !columns.get(i).csvOnly())
                .boxed()
                .toList();
        return rows.stream()
                .map(row -> shown.stream().map(i -> row.get(i).text()).toList())
                .toList();
    }

    /** Whether a shown column holds figures (right-aligned). */
    boolean numeric(int shownColumn) {
        List<Integer> shown = IntStream.range(0, columns.size())
                .filter(i -> !columns.get(i).csvOnly())
                .boxed()
                .toList();
        int column = shown.get(shownColumn);
        return rows.stream()
                .anyMatch(r ->
                        r.get(column).csv() != null && !r.get(column).csvValue().isEmpty());
    }

    boolean hasNotes() {
        return rows.stream().flatMap(List::stream).anyMatch(c -> c.note() != null);
    }
}
