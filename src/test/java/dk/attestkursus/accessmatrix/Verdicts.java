package dk.attestkursus.accessmatrix;

import dk.attestkursus.accessmatrix.AccessTable.Cell;
import dk.attestkursus.accessmatrix.AccessTable.Row;
import dk.attestkursus.accessmatrix.ServiceCalls.Outcome;
import dk.attestkursus.accessmatrix.ServiceCalls.Result;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Each cell of the table against what the subject got, counted and, where they differ, named. An
 * unexpected allow is a subject who got further than the cell says (a hole, to be closed in the service);
 * an unexpected deny one who got less (a cell or a check that is too strict).
 */
final class Verdicts {

    int routeChecks;
    int serviceChecks;
    final Map<Cell, Integer> held = new EnumMap<>(Cell.class);
    final List<String> unexpectedAllows = new ArrayList<>();
    final List<String> unexpectedDenies = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    /** Object-level rows, and those in which some subject with {@code allow} really reached the object. */
    final Set<String> objectRows = new TreeSet<>();

    final Set<String> provenRows = new TreeSet<>();
    /** What each subject got, by target, in the table's layout (target/access-matrix-observed.txt). */
    final Map<String, Map<Subject, String>> observed = new TreeMap<>();
    /** Why calls were refused or failed, for the observed table. */
    private final List<String> details = new ArrayList<>();

    /** A route opened (or not) by the subject; without a row only noted for the observed table. */
    void route(String target, @Nullable Row row, Subject subject, boolean allowed) {
        observe(AccessTable.ROUTE, target, subject, allowed ? "allow" : "deny");
        if (row == null) {
            return;
        }
        routeChecks++;
        Cell cell = row.cells().get(subject);
        if (allowed == (cell == Cell.ALLOW)) {
            held.merge(cell, 1, Integer::sum);
        } else {
            (allowed ? unexpectedAllows : unexpectedDenies)
                    .add(describe(row, subject, allowed ? "opens" : "is denied"));
        }
    }

    /** A service call's result for the subject; without a row only noted for the observed table. */
    void service(String target, @Nullable Row row, Subject subject, Result result) {
        String what = result.outcome() == Outcome.DENIED
                ? "deny"
                : result.outcome().name().toLowerCase(Locale.ROOT);
        observe(AccessTable.SERVICE, target, subject, what);
        if (result.outcome() == Outcome.FAILED || result.outcome() == Outcome.REFUSED) {
            details.add("# " + target + " " + subject.column + ": " + result);
        }
        if (row == null) {
            return;
        }
        serviceChecks++;
        Cell cell = row.cells().get(subject);
        Outcome got = result.outcome();
        if (row.objectLevel()) {
            objectRows.add(row.target());
            if (cell == Cell.ALLOW && (got == Outcome.ANSWERED || got == Outcome.MARKED)) {
                provenRows.add(row.target());
            }
        }
        boolean deniedByRole = got == Outcome.DENIED;
        boolean reached = got == Outcome.ANSWERED || got == Outcome.MARKED;
        String tooMuch = switch (cell) {
            case DENY -> deniedByRole ? null : "is not denied";
            case HIDE -> reached ? "reaches the object" : null;
            case OWN -> got == Outcome.MARKED ? "sees the caseworker's things" : null;
            case ALLOW -> null;
        };
        if (tooMuch != null) {
            unexpectedAllows.add(describe(row, subject, tooMuch + ": " + result));
            return;
        }
        if (cell != Cell.DENY && deniedByRole) {
            unexpectedDenies.add(describe(row, subject, "is denied (AccessDeniedException)"));
            return;
        }
        if (cell != Cell.ALLOW && got == Outcome.FAILED) {
            failures.add(describe(row, subject, "fails: " + result));
            return;
        }
        held.merge(cell, 1, Integer::sum);
    }

    private void observe(String kind, String target, Subject subject, String what) {
        observed.computeIfAbsent(kind + " " + target, k -> new EnumMap<>(Subject.class))
                .put(subject, what);
    }

    private static String describe(Row row, Subject subject, String what) {
        return row.target() + " (line " + row.line() + "): " + subject.column + " " + what + ", the table says "
                + row.cells().get(subject).text();
    }

    /** Cells that refuse something: deny, hide and own. */
    int refusalsChecked() {
        return held.getOrDefault(Cell.DENY, 0) + held.getOrDefault(Cell.HIDE, 0) + held.getOrDefault(Cell.OWN, 0);
    }

    /** The observed cells as table lines, for a reviewer to compare with the table. */
    List<String> observedLines() {
        List<String> lines = new ArrayList<>();
        lines.add("# What each subject got in the last run of AccessMatrixIT (not the table: review before copying).");
        lines.add("# route: allow | deny;  service: deny (role check) | refused | empty | answered | marked (holds");
        lines.add("# the caseworker's marker) | failed (a made-up argument the method could not use).");
        lines.add(AccessTable.header());
        observed.forEach((key, cells) -> {
            List<String> row = new ArrayList<>();
            for (Subject s : Subject.values()) {
                row.add(cells.getOrDefault(s, "-"));
            }
            String[] parts = key.split(" ", 2);
            lines.add(AccessTable.line(parts[0], parts[1], row));
        });
        lines.addAll(details);
        return lines;
    }
}
