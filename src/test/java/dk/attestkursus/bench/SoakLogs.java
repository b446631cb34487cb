package dk.attestkursus.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the application's logs: Tomcat's access log as it grows, and the application log at the end. */
final class SoakLogs {

    /**
     * The access log pattern the soak gives Tomcat: client, session id (after the request; "-" for none),
     * time, request line, status, bytes, milliseconds. {@code server.tomcat.accesslog.pattern}.
     */
    static final String ACCESS_PATTERN = "%h %S %t \"%r\" %s %b %{ms}T";

    private static final Pattern ACCESS_LINE = Pattern.compile("\"([^\"]*)\" (\\d{3}) (\\S+) (\\d+)\\s*$");

    private SoakLogs() {}

    /** Tomcat's access log, read from where the last read stopped. */
    static final class AccessLog {

        private final Path file;
        private long offset;
        private long requests;
        private long serverErrors;
        private final Map<Integer, Long> byStatus = new TreeMap<>();
        private final List<String> firstServerErrors = new ArrayList<>();
        private final List<Long> windowMillis = new ArrayList<>();
        private long windowRequests;
        private long windowServerErrors;

        AccessLog(Path file) {
            this.file = file;
        }

        /** Reads the lines written since the last call. */
        synchronized void read() {
            if (!Files.exists(file)) {
                return;
            }
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                long length = in.length();
                if (length <= offset) {
                    return;
                }
                byte[] bytes = new byte[(int) (length - offset)];
                in.seek(offset);
                in.readFully(bytes);
                int end = lastNewline(bytes);
                if (end < 0) {
                    return; // no complete line yet
                }
                offset += end + 1;
                for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
                    count(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static int lastNewline(byte[] bytes) {
            for (int i = bytes.length - 1; i >= 0; i--) {
                if (bytes[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        private void count(String line) {
            Matcher m = ACCESS_LINE.matcher(line);
            if (!m.find()) {
                return;
            }
            int status = Integer.parseInt(m.group(2));
            requests++;
            windowRequests++;
            byStatus.merge(status, 1L, Long::sum);
            if (status >= 500) {
                serverErrors++;
                windowServerErrors++;
                if (firstServerErrors.size() < 10) {
                    firstServerErrors.add(line);
                }
            }
            // The push connection stays open for as long as the page: not a response time.
            if (!m.group(1).contains("v-r=push")) {
                windowMillis.add(Long.parseLong(m.group(4)));
            }
        }

        synchronized long requests() {
            return requests;
        }

        synchronized long serverErrors() {
            return serverErrors;
        }

        synchronized Map<Integer, Long> byStatus() {
            return new TreeMap<>(byStatus);
        }

        synchronized List<String> firstServerErrors() {
            return List.copyOf(firstServerErrors);
        }

        /** Requests, 5xx and the response times (ms, sorted) since the last call; starts a new window. */
        synchronized Window takeWindow() {
            List<Long> ms = new ArrayList<>(windowMillis);
            ms.sort(null);
            Window w = new Window(windowRequests, windowServerErrors, ms);
            windowMillis.clear();
            windowRequests = 0;
            windowServerErrors = 0;
            return w;
        }
    }

    record Window(long requests, long serverErrors, List<Long> sortedMillis) {

        long percentile(double p) {
            if (sortedMillis.isEmpty()) {
                return -1;
            }
            return sortedMillis.get(Math.max(0, (int) Math.ceil(p * sortedMillis.size()) - 1));
        }
    }

    /** A line of Spring Boot's console log: the time stamp, then the level. */
    private static final Pattern LOG_ENTRY =
            Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\S+\\s+(ERROR|WARN|INFO|DEBUG|TRACE)\\s");
    /** The first line of a stack trace (not "Caused by:"), or the JVM's own "Exception in thread". */
    private static final Pattern TRACE_START = Pattern.compile(
            "^(Exception in thread .*|([a-zA-Z_$][\\w$]*\\.)+[\\w$]*(Exception|Error|Throwable)(: .*)?)$");

    private static final String STARTED = "Started Application in";

    /**
     * A log entry (and the stack trace under it) whose cause is known and lies outside the application,
     * counted apart from the other ERRORs (see bench/README.md, "Soak"). With {@code trace}, the entry is
     * the known one only if the first line of the stack trace under it matches too.
     */
    record Known(String id, Pattern entry, Pattern trace, String why) {}

    /** The websocket of a page closed while Atmosphere still wrote to it or cancelled it. */
    private static final Pattern CLOSED_WEBSOCKET = Pattern.compile(
            "WebSocket session has been closed"
                    + "|remote endpoint was in state \\[TEXT_FULL_WRITING\\]"
                    + "|NullPointerException: Cannot invoke \"org\\.atmosphere\\.cpr\\.AtmosphereResource[^\"]*\" because \"resource\" is null");

    static final List<Known> KNOWN = List.of(
            new Known(
                    "atmosphere-close-race",
                    Pattern.compile("o\\.atmosphere\\.cpr\\.AsynchronousProcessor\\s*: Failed to cancel resource: "),
                    CLOSED_WEBSOCKET,
                    "Atmosphere 3.0.5 (Vaadin's push) when a page's push websocket closes right after the page's own close "
                            + "request, i.e. a page left or reloaded: NullPointerException (resource is null), 'WebSocket session has "
                            + "been closed' or 'remote endpoint was in state [TEXT_FULL_WRITING]'; no request fails"),
            new Known(
                    "push-to-closed-websocket",
                    Pattern.compile("c\\.v\\.f\\.s\\.c\\.PushAtmosphereHandler\\s*: Exception in push connection"),
                    CLOSED_WEBSOCKET,
                    "Vaadin's PushAtmosphereHandler when Atmosphere writes a push message to a websocket its page has just "
                            + "closed ('WebSocket session has been closed'); only with that trace; no request fails"),
            new Known(
                    "atmosphere-response-closed",
                    Pattern.compile(
                            "o\\.atmosphere\\.cpr\\.AtmosphereResponseImpl\\s*: AtmosphereResponse for \\S+ has been closed"),
                    null,
                    "WARN from Atmosphere when a push message meets a connection its page has just closed; no request fails"),
            new Known(
                    "tomcat-slow-securerandom",
                    Pattern.compile(
                            "o\\.a\\.c\\.util\\.SessionIdGeneratorBase\\s*: Creation of SecureRandom instance for session ID generation"),
                    null,
                    "WARN from Tomcat when seeding the random source for session ids took over 100 ms (once, at the "
                            + "first session; depends on the machine's entropy)"));

    /**
     * Lines that cannot be true while one instance runs alone, as in the soak: a write that failed, logged
     * as a race with another instance.
     */
    static final List<Known> IMPOSSIBLE_ALONE = List.of(new Known(
            "queued-by-another-instance",
            Pattern.compile("was queued by another instance"),
            null,
            "RunMailPlanner.planRun logs every DataIntegrityViolationException of a wave as 'queued by another "
                    + "instance' (INFO); with one instance it is a failed write"));

    /** What the application log holds, split at "Started Application": start-up and the soak. */
    record AppLog(
            int errors,
            int traces,
            int warnings,
            int startupWarnings,
            List<String> firstErrors,
            List<String> firstTraces,
            List<String> firstWarnings,
            List<String> startupWarningLines,
            boolean started,
            Map<String, Integer> known,
            Map<String, List<String>> firstKnown,
            int impossible,
            List<String> firstImpossible) {}

    static AppLog appLog(Path log) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            try {
                lines = List.of(new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1).split("\n"));
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Reader reader = new Reader();
        lines.forEach(reader::line);
        return reader.end();
    }

    /** Reads the log line by line; an entry that may be a known one waits for the first line of its trace. */
    private static final class Reader {
        int errors;
        int traces;
        int warnings;
        int startupWarnings;
        boolean started;
        final List<String> firstErrors = new ArrayList<>();
        final List<String> firstTraces = new ArrayList<>();
        final List<String> firstWarnings = new ArrayList<>();
        final List<String> startupWarningLines = new ArrayList<>();
        final Map<String, Integer> known = new TreeMap<>();
        final Map<String, List<String>> firstKnown = new TreeMap<>();
        int impossible;
        final List<String> firstImpossible = new ArrayList<>();
        String lastEntry = "";
        String lastLevel = "";
        /** The known entry the current trace belongs to. */
        Known lastKnown;
        /** An entry that is a known one only if its trace matches: waiting for the trace. */
        Known pending;

        void line(String line) {
            Matcher entry = LOG_ENTRY.matcher(line);
            if (entry.find()) {
                settlePending();
                lastEntry = line;
                lastLevel = entry.group(1);
                lastKnown = null;
                if (IMPOSSIBLE_ALONE.stream()
                        .anyMatch(k -> k.entry().matcher(line).find())) {
                    impossible++;
                    add(firstImpossible, line);
                }
                Known k = KNOWN.stream()
                        .filter(x -> x.entry().matcher(line).find())
                        .findFirst()
                        .orElse(null);
                if (k != null && k.trace() != null) {
                    pending = k;
                } else if (k != null) {
                    countKnown(k, line);
                    lastKnown = k;
                } else {
                    countEntry(line, lastLevel);
                }
                started |= line.contains(STARTED);
            } else if (TRACE_START.matcher(line).matches()) {
                if (pending != null) {
                    Known k = pending;
                    pending = null;
                    if (k.trace().matcher(line).find()) {
                        countKnown(k, lastEntry);
                        lastKnown = k;
                    } else {
                        countEntry(lastEntry, lastLevel);
                    }
                }
                if (lastKnown != null) {
                    add(firstKnown.get(lastKnown.id()), "  " + line);
                } else {
                    traces++;
                    add(firstTraces, line + "    (after: " + abbreviate(lastEntry) + ")");
                }
            }
        }

        /** An entry that waited for a trace and got none (or another entry came first): not the known one. */
        private void settlePending() {
            if (pending != null) {
                pending = null;
                countEntry(lastEntry, lastLevel);
            }
        }

        private void countKnown(Known k, String line) {
            known.merge(k.id(), 1, Integer::sum);
            add(firstKnown.computeIfAbsent(k.id(), x -> new ArrayList<>()), line);
        }

        private void countEntry(String line, String level) {
            if (level.equals("ERROR")) {
                errors++;
                add(firstErrors, line);
            } else if (level.equals("WARN")) {
                if (started) {
                    warnings++;
                    add(firstWarnings, line);
                } else {
                    startupWarnings++;
                    add(startupWarningLines, line);
                }
            }
        }

        AppLog end() {
            settlePending();
            return new AppLog(
                    errors,
                    traces,
                    warnings,
                    startupWarnings,
                    firstErrors,
                    firstTraces,
                    firstWarnings,
                    startupWarningLines,
                    started,
                    known,
                    firstKnown,
                    impossible,
                    firstImpossible);
        }
    }

    private static void add(List<String> list, String line) {
        if (list.size() < 8) {
            list.add(abbreviate(line));
        }
    }

    private static String abbreviate(String line) {
        return line.length() > 400 ? line.substring(0, 400) + " ..." : line;
    }
}
