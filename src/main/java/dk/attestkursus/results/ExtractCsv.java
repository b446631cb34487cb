package dk.attestkursus.results;

import dk.attestkursus.base.CprDetector;
import dk.attestkursus.base.CsvText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a data extract from the case system: one line per month and LÆ form with the requests sent,
 * the requests returned or needing clarification, and optionally the cost. Pure: no database, no
 * Spring. Danish Excel files (semicolons, windows-1252, "1.234,50") and plain ones ("1234.50") are
 * read alike. Every problem is reported with its line; a file with any problem gives no rows at all,
 * so nothing is ever half-stored.
 */
public final class ExtractCsv {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    private static final Pattern FORM = Pattern.compile("(?:l\\s*[æa]e?\\s*[-.]?\\s*)?(\\d{3})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.]\\d{1,2})?");
    private static final Pattern MONTH_LAST = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern DANISH = Pattern.compile("\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?|\\d+(?:,\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern POINT = Pattern.compile("\\d+\\.\\d{1,2}");

    /** The outcome: the rows when the file is fine, else the problems (and no rows). */
    public record Result(List<ExtractRow> rows, List<Problem> problems) {

        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty() && !rows.isEmpty();
        }

        static Result refused(List<Problem> problems) {
            return new Result(List.of(), problems);
        }
    }

    enum Column {
        MONTH("måned", true, "måned", "maaned", "maned", "month", "periode", "md"),
        FORM("blanket", true, "blanket", "attest", "lægeattest", "lae-attest", "læ-attest", "form", "attesttype"),
        SENT("sendt", true, "sendt", "anmodninger sendt", "antal sendt", "anmodninger", "sent", "requests sent"),
        RETURNED(
                "returneret",
                true,
                "returneret",
                "retur",
                "returneret eller uklar",
                "tilbagesendt",
                "uklare",
                "afklaring",
                "returned"),
        COST("udgift", false, "udgift", "udgifter", "omkostning", "omkostninger", "beløb", "kr", "kr.", "pris", "cost");

        final String label;
        final boolean required;
        final List<String> headers;

        Column(String label, boolean required, String... headers) {
            this.label = label;
            this.required = required;
            this.headers = List.of(headers);
        }

        static @Nullable Column ofHeader(String header) {
            String h = header.toLowerCase(Locale.ROOT).trim();
            for (Column c : values()) {
                if (c.headers.contains(h)) {
                    return c;
                }
            }
            return null;
        }
    }

    private ExtractCsv() {}

    /**
     * @param knownForms the LÆ form numbers of the catalogue, e.g. "LÆ 265"
     * @param thisMonth  the current month: later months are refused
     */
    /** The longest cell an extract has (form numbers, months, counts and amounts are short). */
    public static final int MAX_CELL = 200;

    public static Result parse(byte[] bytes, Set<String> knownForms, YearMonth thisMonth) {
        if (bytes.length > MAX_BYTES) {
            return Result.refused(List.of(Problem.of("extract.error.tooLarge", MAX_BYTES / (1024 * 1024))));
        }
        String text = CsvText.normalizeLineEnds(CsvText.decode(bytes));
        if (text.isBlank()) {
            return Result.refused(List.of(Problem.of("extract.error.empty")));
        }
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(CsvText.detectDelimiter(text))
                .setQuote('"')
                .setRecordSeparator('\n')
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return read(parser, new CsvText.LineCounter(text), knownForms, thisMonth);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Result.refused(List.of(Problem.of("extract.error.malformed", CsvText.lineInMessage(e))));
        }
    }

    private static Result read(
            CSVParser parser, CsvText.LineCounter lines, Set<String> knownForms, YearMonth thisMonth) {
        Map<Column, Integer> columns = null;
        List<Problem> problems = new ArrayList<>();
        List<ExtractRow> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CSVRecord record : parser) {
            List<String> fields = record.toList().stream().map(String::strip).toList();
            if (fields.stream().allMatch(String::isEmpty)) {
                continue;
            }
            int line = lines.lineAt(record.getCharacterPosition());
            // The length first (issue 24): a cell of megabytes is refused without being read or shown.
            if (fields.stream().anyMatch(f -> f.length() > MAX_CELL)) {
                return Result.refused(List.of(Problem.of("extract.error.cellTooLong", line, MAX_CELL)));
            }
            if (fields.stream().anyMatch(CprDetector::contains)) {
                return Result.refused(List.of(Problem.of("extract.error.cpr", line)));
            }
            if (columns == null) {
                columns = columns(fields, problems);
                if (!problems.isEmpty()) {
                    return Result.refused(problems);
                }
                continue;
            }
            if (rows.size() + problems.size() >= MAX_ROWS) {
                return Result.refused(List.of(Problem.of("extract.error.tooManyRows", MAX_ROWS)));
            }
            ExtractRow row = row(line, fields, columns, knownForms, thisMonth, problems);
            if (row != null) {
                String key = row.month() + " " + row.form();
                Integer earlier = firstLine.putIfAbsent(key, line);
                if (earlier != null) {
                    problems.add(Problem.of(
                            "extract.error.duplicate",
                            line,
                            row.form(),
                            row.month().toString(),
                            earlier));
                } else {
                    rows.add(row);
                }
            }
        }
        if (columns == null || (rows.isEmpty() && problems.isEmpty())) {
            return Result.refused(List.of(Problem.of("extract.error.empty")));
        }
        return problems.isEmpty() ? new Result(rows, List.of()) : Result.refused(problems);
    }

    private static Map<Column, Integer> columns(List<String> header, List<Problem> problems) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            Column c = Column.ofHeader(header.get(i));
            if (c != null && columns.putIfAbsent(c, i) != null) {
                problems.add(Problem.of("extract.error.duplicateColumn", header.get(i)));
            }
        }
        for (Column c : Column.values()) {
            if (c.required && !columns.containsKey(c)) {
                problems.add(Problem.of("extract.error.missingColumn", c.label));
            }
        }
        return columns;
    }

    private static @Nullable ExtractRow row(
            int line,
            List<String> fields,
            Map<Column, Integer> columns,
            Set<String> knownForms,
            YearMonth thisMonth,
            List<Problem> problems) {
        int before = problems.size();
        String monthText = cell(fields, columns.get(Column.MONTH));
        YearMonth month = month(monthText);
        if (month == null) {
            problems.add(Problem.of("extract.error.month", line, monthText));
        } else if (month.isAfter(thisMonth)) {
            problems.add(Problem.of("extract.error.futureMonth", line, monthText));
        }
        String formText = cell(fields, columns.get(Column.FORM));
        String form = form(formText);
        if (form == null || !knownForms.contains(form)) {
            problems.add(Problem.of("extract.error.unknownForm", line, formText));
        }
        Integer sent = count(line, "sendt", cell(fields, columns.get(Column.SENT)), problems);
        Integer returned = count(line, "returneret", cell(fields, columns.get(Column.RETURNED)), problems);
        if (sent != null && returned != null && returned > sent) {
            problems.add(Problem.of("extract.error.returnedAboveSent", line, returned, sent));
        }
        BigDecimal cost = null;
        String costText = cell(fields, columns.get(Column.COST));
        if (!costText.isEmpty()) {
            cost = amount(costText);
            if (cost == null) {
                problems.add(Problem.of(
                        costText.startsWith("-") ? "extract.error.negative" : "extract.error.number",
                        line,
                        "udgift",
                        costText));
            }
        }
        if (problems.size() > before || month == null || form == null || sent == null || returned == null) {
            return null;
        }
        return new ExtractRow(month, form, sent, returned, cost);
    }

    private static String cell(List<String> fields, @Nullable Integer index) {
        return index == null || index >= fields.size() ? "" : fields.get(index);
    }

    private static @Nullable Integer count(int line, String column, String text, List<Problem> problems) {
        if (text.isEmpty()) {
            problems.add(Problem.of("extract.error.required", line, column));
            return null;
        }
        BigDecimal value = amount(text);
        if (value == null) {
            problems.add(Problem.of(
                    text.startsWith("-") ? "extract.error.negative" : "extract.error.number", line, column, text));
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            problems.add(Problem.of("extract.error.notWhole", line, column, text));
            return null;
        }
    }

    /** "1.234,50", "1234,5", "1.234", "1234.50", "1234" (and "kr."); null when negative or not a number. */
    static @Nullable BigDecimal amount(String text) {
        String t = text.replaceAll("(?i)\\s*kr\\.?\\s*", "").replaceAll("[\\s\\u00A0]", "");
        if (DANISH.matcher(t).matches() && (t.contains(",") || !t.contains("."))) {
            return new BigDecimal(t.replace(".", "").replace(',', '.'));
        }
        if (THOUSANDS.matcher(t).matches()) {
            return new BigDecimal(t.replace(".", ""));
        }
        if (POINT.matcher(t).matches()) {
            return new BigDecimal(t);
        }
        return null;
    }

    /** "2025-03", "2025-03-01", "03-2025", "3/2025", "2025.03"; null when not a month. */
    static @Nullable YearMonth month(String text) {
        Matcher first = MONTH_FIRST.matcher(text);
        Matcher last = MONTH_LAST.matcher(text);
        try {
            if (first.matches()) {
                return YearMonth.of(Integer.parseInt(first.group(1)), Integer.parseInt(first.group(2)));
            }
            if (last.matches()) {
                return YearMonth.of(Integer.parseInt(last.group(2)), Integer.parseInt(last.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** "LÆ 265", "LÆ265", "lae 265", "265" → "LÆ 265"; null when it is not a form number. */
    static @Nullable String form(String text) {
        Matcher m = FORM.matcher(text.toLowerCase(Locale.ROOT).strip());
        return m.matches() ? "LÆ " + m.group(1) : null;
    }
}
