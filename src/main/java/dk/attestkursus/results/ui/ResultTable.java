package dk.attestkursus.results.ui;

import java.util.List;

/** One of the dashboard's tables, the same for the page, the CSV export and the PDF report. */
record ResultTable(String id, String title, List<String> header, List<List<String>> rows) {

    ResultTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
