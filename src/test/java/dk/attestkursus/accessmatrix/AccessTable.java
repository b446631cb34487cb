package dk.attestkursus.accessmatrix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The access matrix as written in {@code src/test/resources/access-matrix.txt}: a row per route and per
 * service method, a column per {@link Subject}, one {@link Cell} in each. Lines starting with {@code #}
 * are comments, and so is the end of a row from a {@code #} after a space; columns are separated by spaces.
 */
record AccessTable(Map<String, Row> rows) {

    static final String RESOURCE = "/access-matrix.txt";

    /** A comment: from a {@code #} at the start or after a space (a target's {@code Service#method} is none). */
    private static final Pattern COMMENT = Pattern.compile("(^|\\s)#.*$");

    /** What a subject gets (decision 028). */
    enum Cell {
        /** Through the role check and to the object. */
        ALLOW,
        /** Through the role check, but the answer is about the caller's own things: nothing of the caseworker's. */
        OWN,
        /** Through the role check, but not to the object: refused, not found or an empty answer. */
        HIDE,
        /** Refused by the role check ({@code AccessDeniedException}). */
        DENY;

        static Cell parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }

        String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A route ({@code /template|View}) or a service method ({@code Service#method(Types)}). */
    record Row(String kind, String target, Map<Subject, Cell> cells, int line) {

        boolean objectLevel() {
            return cells.containsValue(Cell.HIDE) || cells.containsValue(Cell.OWN);
        }
    }

    static final String ROUTE = "route";
    static final String SERVICE = "service";

    static AccessTable read() throws IOException {
        try (InputStream in = AccessTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " in the test resources");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static AccessTable parse(String text) {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> faults = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String content = COMMENT.matcher(line).replaceFirst("").strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] parts = content.split("\\s+");
            if (parts[0].equals("kind")) {
                List<String> expected = new ArrayList<>(List.of("kind", "target"));
                Arrays.stream(Subject.values()).forEach(s -> expected.add(s.column));
                if (!List.of(parts).equals(expected)) {
                    faults.add("line " + (i + 1) + ": the header must be " + String.join(" ", expected));
                }
                continue;
            }
            if (parts.length != 2 + Subject.values().length
                    || !List.of(ROUTE, SERVICE).contains(parts[0])) {
                faults.add("line " + (i + 1) + ": expected route|service, a target and " + Subject.values().length
                        + " cells: " + content);
                continue;
            }
            Map<Subject, Cell> cells = new EnumMap<>(Subject.class);
            for (Subject s : Subject.values()) {
                try {
                    cells.put(s, Cell.parse(parts[2 + s.ordinal()]));
                } catch (IllegalArgumentException e) {
                    faults.add(
                            "line " + (i + 1) + ": '" + parts[2 + s.ordinal()] + "' is not allow, own, hide or deny");
                }
            }
            if (parts[0].equals(ROUTE) && (cells.containsValue(Cell.OWN) || cells.containsValue(Cell.HIDE))) {
                faults.add("line " + (i + 1) + ": a route is allowed or denied by its annotations only");
            }
            if (rows.put(parts[1], new Row(parts[0], parts[1], cells, i + 1)) != null) {
                faults.add("line " + (i + 1) + ": a second row for " + parts[1]);
            }
        }
        if (!faults.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " cannot be read:\n  " + String.join("\n  ", faults));
        }
        return new AccessTable(rows);
    }

    /** The header line, the columns padded as {@link #line} pads them. */
    static String header() {
        List<String> columns = new ArrayList<>();
        Arrays.stream(Subject.values()).forEach(s -> columns.add(s.column));
        return line("kind", "target", columns);
    }

    /** A row as the table writes it, padded so the columns line up. */
    static String line(String kind, String target, List<String> cells) {
        StringBuilder out = new StringBuilder(String.format("%-8s %-72s", kind, target));
        cells.forEach(c -> out.append(String.format(" %-6s", c)));
        return out.toString().stripTrailing();
    }
}
