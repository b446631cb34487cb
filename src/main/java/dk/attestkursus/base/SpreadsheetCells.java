package dk.attestkursus.base;

import java.util.regex.Pattern;

/**
 * Cells of a CSV download that a spreadsheet cannot run (issue 24, OWASP "CSV injection"): a value that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read by Excel
 * or LibreOffice as a formula ({@code =HYPERLINK(…)}, {@code +cmd|…}), so it gets a leading {@code '} and
 * is read as text. A plain number (a minus, digits, a decimal comma or point) stays a number.
 */
public final class SpreadsheetCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private SpreadsheetCells() {}

    /** The value as a spreadsheet should show it: as it is, or with a leading {@code '} if it could run. */
    public static String safe(String value) {
        if (value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                // full-width forms that some spreadsheets also accept
                || first == '\uFF1D'
                || first == '\uFF0B'
                || first == '\uFF0D'
                || first == '\uFF20';
        return formula ? "'" + value : value;
    }
}
