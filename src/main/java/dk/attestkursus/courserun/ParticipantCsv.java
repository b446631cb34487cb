package dk.attestkursus.courserun;

import dk.attestkursus.base.CprDetector;
import dk.attestkursus.base.CsvText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded file of course participants, one per line: name, e-mail, team (optional) and
 * the e-mail of the participant's leader. Pure: no database, no Spring; whether the people exist is
 * decided elsewhere.
 *
 * <p>Made for what people actually upload: Danish Excel "CSV" (semicolons, windows-1252), UTF-8
 * with or without a byte order mark, UTF-16 "Unicode text" (tabs), comma files from other tools;
 * any line ending; blank lines; headers in Danish or English in any case. Problems come back as
 * translation keys with their arguments: {@link Result#fileErrors()} for the file as a whole (then
 * no rows are given, nothing may be imported) and {@link Row#problems()} per row.
 *
 * <p>No CPR number is ever passed on: a value containing one gives {@code import.error.cpr}, the value
 * itself is blanked in the row, and it never appears in an argument.
 */
public final class ParticipantCsv {

    /** Largest accepted file, checked before anything is read. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Most data rows in one file. */
    public static final int MAX_ROWS = 10_000;

    public static final int MAX_NAME = 200;
    public static final int MAX_TEAM = 100;
    public static final int MAX_EMAIL = 254;
    /**
     * The longest cell read as it is (issue 24): a longer one is refused and only its start is looked at
     * (for CPR numbers too) or shown, so a stray file cannot keep the server busy or flood the page.
     */
    public static final int MAX_CELL = 1000;
    /** How much of a user's text is repeated back in a message, so a stray file cannot flood it. */
    private static final int MAX_ECHO = 60;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"()]+@[^@\\s,;<>\"()]+\\.[^@\\s,;<>\"()]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");

    /** A problem, as a translation key and its {@link java.text.MessageFormat} arguments. */
    public record Problem(String key, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }

        static Problem of(String key, Object... args) {
            return new Problem(key, Arrays.asList(args));
        }
    }

    /**
     * A data row. {@code line} is the 1-based physical line the row starts on; the e-mails are
     * lower-cased; {@code team} is empty when the file has no team column or the cell is empty.
     */
    public record Row(int line, String name, String email, String team, String leaderEmail, List<Problem> problems) {

        public Row {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** The outcome: either file errors (and no rows) or the rows, each with its problems. */
    public record Result(List<Problem> fileErrors, List<Row> rows) {

        public Result {
            fileErrors = List.copyOf(fileErrors);
            rows = List.copyOf(rows);
        }

        /** True when there are rows, and neither the file nor any row has a problem. */
        public boolean ok() {
            return fileErrors.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(Row::valid);
        }

        static Result refused(List<Problem> errors) {
            return new Result(errors, List.of());
        }

        static Result refused(Problem error) {
            return refused(List.of(error));
        }
    }

    /** The columns, with the Danish names used in messages and the headers accepted for them. */
    enum Column {
        NAME("navn", true, "navn", "name", "fulde navn", "fuldt navn", "full name"),
        EMAIL(
                "e-mail",
                true,
                "e-mail",
                "email",
                "mail",
                "e-mailadresse",
                "e-mail-adresse",
                "e-mail adresse",
                "emailadresse",
                "email address",
                "e-mail address"),
        TEAM("team", false, "team", "afdeling", "department"),
        LEADER(
                "leder e-mail",
                true,
                "leder e-mail",
                "leders e-mail",
                "leder",
                "leader email",
                "leader e-mail",
                "leder-e-mail",
                "leder email",
                "leders email",
                "lederens e-mail",
                "leder e-mailadresse",
                "leders e-mailadresse",
                "leader");

        final String danish;
        final boolean required;
        final List<String> aliases;

        Column(String danish, boolean required, String... aliases) {
            this.danish = danish;
            this.required = required;
            this.aliases = List.of(aliases);
        }

        static final Map<String, Column> BY_HEADER = new HashMap<>();

        static {
            for (Column c : values()) {
                c.aliases.forEach(a -> BY_HEADER.put(a, c));
            }
        }
    }

    private ParticipantCsv() {}

    public static Result parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Result.refused(Problem.of("import.error.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        String text = CsvText.normalizeLineEnds(CsvText.decode(bytes));
        if (text.isBlank()) {
            return Result.refused(Problem.of("import.error.empty"));
        }
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(CsvText.detectDelimiter(text))
                .setQuote('"')
                .setRecordSeparator('\n')
                .setIgnoreEmptyLines(false) // keeps character positions exact; blank records are skipped below
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return read(parser, new CsvText.LineCounter(text));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Unbalanced quotes and the like. The message names the line where the reader was.
            return Result.refused(Problem.of("import.error.malformed", CsvText.lineInMessage(e)));
        }
    }

    private static Result read(CSVParser parser, CsvText.LineCounter lines) {
        boolean headerRead = false;
        List<@Nullable Column> columns = List.of();
        Map<String, Integer> firstLineOfEmail = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : parser) {
            List<String> fields =
                    record.toList().stream().map(ParticipantCsv::clean).toList();
            if (fields.stream().allMatch(String::isEmpty)) {
                continue;
            }
            int line = lines.lineAt(record.getCharacterPosition());
            if (!headerRead) {
                headerRead = true;
                List<Problem> errors = new ArrayList<>();
                columns = columns(dropTrailingBlanks(fields), errors);
                if (!errors.isEmpty()) {
                    return Result.refused(errors);
                }
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                return Result.refused(Problem.of("import.error.tooManyRows", MAX_ROWS));
            }
            rows.add(row(line, fields, columns, firstLineOfEmail));
        }
        if (rows.isEmpty()) {
            return Result.refused(Problem.of("import.error.empty"));
        }
        return new Result(List.of(), rows);
    }

    /** Maps the header cells to columns; adds file errors for missing, unknown, duplicate and blank ones. */
    private static List<@Nullable Column> columns(List<String> header, List<Problem> errors) {
        List<@Nullable Column> columns = new ArrayList<>(header.size());
        EnumMap<Column, Integer> seen = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        List<String> found = new ArrayList<>();
        boolean cpr = false;
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i).length() > MAX_CELL ? header.get(i).substring(0, MAX_CELL) : header.get(i);
            if (CprDetector.contains(cell)) {
                cpr = true;
                columns.add(null);
                continue;
            }
            if (cell.isEmpty()) {
                errors.add(Problem.of("import.error.blankColumn", i + 1));
                columns.add(null);
                continue;
            }
            found.add(echo(cell));
            @Nullable Column column = Column.BY_HEADER.get(cell.toLowerCase(Locale.ROOT));
            if (column == null) {
                unknown.add(echo(cell));
            } else if (seen.containsKey(column)) {
                errors.add(Problem.of("import.error.duplicateColumn", column.danish));
            } else {
                seen.put(column, i);
            }
            columns.add(column);
        }
        if (cpr) {
            errors.addFirst(Problem.of("import.error.cprHeader"));
        }
        String missing = Arrays.stream(Column.values())
                .filter(c -> c.required && !seen.containsKey(c))
                .map(c -> c.danish)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            errors.add(Problem.of("import.error.missingColumns", missing, String.join(", ", found)));
        }
        if (!unknown.isEmpty()) {
            errors.add(Problem.of("import.error.unknownColumns", String.join(", ", unknown)));
        }
        return columns;
    }

    private static Row row(
            int line, List<String> rawFields, List<@Nullable Column> columns, Map<String, Integer> firstLineOfEmail) {
        List<String> fields = rawFields;
        if (fields.size() > columns.size()
                && fields.subList(columns.size(), fields.size()).stream().allMatch(String::isEmpty)) {
            fields = fields.subList(0, columns.size()); // Excel pads rows with empty cells
        }
        List<Problem> problems = new ArrayList<>();
        if (fields.stream().anyMatch(f -> f.length() > MAX_CELL)) {
            problems.add(Problem.of("import.error.cellTooLong", MAX_CELL));
            fields = fields.stream()
                    .map(f -> f.length() > MAX_CELL ? f.substring(0, MAX_CELL) : f)
                    .toList();
        }
        boolean cpr = fields.stream().anyMatch(CprDetector::contains);
        if (cpr) {
            problems.add(Problem.of("import.error.cpr"));
        }
        EnumMap<Column, String> values = values(fields, columns);
        String name = values.get(Column.NAME);
        String email = values.get(Column.EMAIL);
        String team = values.get(Column.TEAM);
        String leader = values.get(Column.LEADER);
        if (fields.size() != columns.size()) {
            problems.add(Problem.of("import.error.wrongFieldCount", columns.size(), fields.size()));
            // The values are out of place; judging them would only add noise.
            return new Row(line, name, email, team, leader, problems);
        }
        boolean[] blankedByCpr = blankedByCpr(fields, columns);
        if (!blankedByCpr[Column.NAME.ordinal()]) {
            if (name.isEmpty()) {
                problems.add(Problem.of("import.error.nameRequired"));
            } else if (name.length() > MAX_NAME) {
                problems.add(Problem.of("import.error.nameTooLong", MAX_NAME));
            }
        }
        boolean emailOk = !blankedByCpr[Column.EMAIL.ordinal()] && checkEmail(email, problems);
        if (!blankedByCpr[Column.TEAM.ordinal()] && team.length() > MAX_TEAM) {
            problems.add(Problem.of("import.error.teamTooLong", MAX_TEAM));
        }
        if (!blankedByCpr[Column.LEADER.ordinal()]) {
            checkLeader(leader, email, problems);
        }
        if (emailOk) {
            Integer first = firstLineOfEmail.putIfAbsent(email, line);
            if (first != null) {
                problems.add(Problem.of("import.error.duplicateEmail", first));
            }
        }
        return new Row(line, name, email, team, leader, problems);
    }

    /** Each column's value (e-mails in lower case); a value with a CPR number is left empty. */
    private static EnumMap<Column, String> values(List<String> fields, List<@Nullable Column> columns) {
        EnumMap<Column, String> values = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            values.put(c, "");
        }
        for (int i = 0; i < Math.min(fields.size(), columns.size()); i++) {
            Column column = columns.get(i);
            String value = fields.get(i);
            if (column != null && !CprDetector.contains(value)) {
                values.put(
                        column,
                        column == Column.EMAIL || column == Column.LEADER ? value.toLowerCase(Locale.ROOT) : value);
            }
        }
        return values;
    }

    /** The columns whose value held a CPR number and was left empty: not judged again. */
    private static boolean[] blankedByCpr(List<String> fields, List<@Nullable Column> columns) {
        boolean[] blankedByCpr = new boolean[Column.values().length];
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column != null && CprDetector.contains(fields.get(i))) {
                blankedByCpr[column.ordinal()] = true;
            }
        }
        return blankedByCpr;
    }

    /** Whether the e-mail is given and valid; if not, the problem is added. */
    private static boolean checkEmail(String email, List<Problem> problems) {
        if (email.isEmpty()) {
            problems.add(Problem.of("import.error.emailRequired"));
            return false;
        }
        if (!isEmail(email)) {
            problems.add(Problem.of("import.error.emailInvalid", echo(email)));
            return false;
        }
        return true;
    }

    /** A leader is optional (a team is the administrators' decision, issue 21); one given must be valid. */
    private static void checkLeader(String leader, String email, List<Problem> problems) {
        if (leader.isEmpty()) {
            return;
        } else if (!isEmail(leader)) {
            problems.add(Problem.of("import.error.leaderInvalid", echo(leader)));
        } else if (leader.equals(email)) {
            problems.add(Problem.of("import.error.leaderIsSelf"));
        }
    }

    static boolean isEmail(String value) {
        return value.length() <= MAX_EMAIL && EMAIL.matcher(value).matches();
    }

    /** Trimmed, with runs of whitespace (also non-breaking) as one space and invisible characters gone. */
    private static String clean(String value) {
        String visible = INVISIBLE.matcher(value).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    private static List<String> dropTrailingBlanks(List<String> fields) {
        int end = fields.size();
        while (end > 0 && fields.get(end - 1).isEmpty()) {
            end--;
        }
        return fields.subList(0, end);
    }

    /** A user's value as repeated in a message: never more than {@link #MAX_ECHO} characters. */
    private static String echo(String value) {
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO - 1) + "…";
    }
}
