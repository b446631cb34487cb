package dk.attestkursus.bench;

import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.ObjectName;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Benchmark, not a test of speed: the heap one open caseworker session holds, at 100 and 1,000
 * sessions ({@code -Dbench.sessions}), against the same number of sessions of the bare Vaadin app
 * ({@code bench/bare-vaadin}), the floor. Run with
 * {@code ./mvnw -B verify -Pbench -Dit.test=SessionMemoryBench} after building the bare app's jar
 * ({@code ./mvnw -B -q -Pproduction -DskipTests package -f bench/bare-vaadin/pom.xml}).
 *
 * <p><b>The app</b> runs in this JVM (as in the other benches), so the heap also holds the clients.
 * Each session is a caseworker logged in with {@code /kursus} open and its push WebSocket connected
 * ({@link VaadinClient}). The heap after full GCs is taken with the sessions open, then again once
 * the server's HTTP sessions are invalidated and the push sockets closed while the clients are still
 * referenced: the difference, over the number of sessions, is what the server held per session.
 * A class histogram of the same moments ({@code GC.class_histogram}) at the first size says what it is.
 *
 * <p><b>The bare app</b> is started as its production jar ({@code java -jar}, default heap) in its own
 * JVM; each session opens its one view ({@code /login}, a Span; no login, no push: the bare app has
 * neither). Its heap after GC is read with {@code jcmd GC.run} and {@code GC.heap_info}, before and
 * with the sessions.
 *
 * <p><b>The app's production jar</b> ({@code -Dbench.appJar=target/attestkursus-...jar}, optional) is
 * measured the same way in its own JVM and working folder (fresh H2, demo data): the demo caseworker
 * logged in once per session, {@code /kursus} open, push connected; with a class histogram at the
 * first size.
 */
@IntegrationTest
@Import(SessionMemoryBench.SessionTracking.class)
class SessionMemoryBench {

    private static final int[] SIZES = Arrays.stream(
                    System.getProperty("bench.sessions", "100,1000").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip()))
            .toArray();
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionTracking tracking;

    @LocalServerPort
    int port;

    /** Knows the server's open HTTP sessions, so the bench can end them. */
    @TestConfiguration
    static class SessionTracking {

        final Set<HttpSession> open = ConcurrentHashMap.newKeySet();

        @Bean
        HttpSessionListener benchSessionTracker() {
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent se) {
                    open.add(se.getSession());
                }

                @Override
                public void sessionDestroyed(HttpSessionEvent se) {
                    open.remove(se.getSession());
                }
            };
        }

        void invalidateAll() {
            for (HttpSession session : List.copyOf(open)) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    open.remove(session);
                }
            }
        }
    }

    @Test
    void heap_per_open_session_against_a_bare_vaadin_app() throws Exception {
        int most = Arrays.stream(SIZES).max().orElse(100);
        List<String> usernames = BenchCaseworkers.seed(jdbc, fixtures, most);
        StringBuilder report = new StringBuilder();
        Map<Integer, Double> app = new HashMap<>();
        for (int size : SIZES) {
            app.put(size, appPerSession(size, usernames, size == SIZES[0], report));
        }
        Map<Integer, Double> bare = bare(report);
        appJar(report); // its lines only; the table compares the test JVM's figures
        report.append(String.format(
                Locale.ROOT, "%n%-9s %14s %14s %7s%n", "sessions", "app KB/sess", "bare KB/sess", "ratio"));
        for (int size : SIZES) {
            Double floor = bare.get(size);
            report.append(String.format(
                    Locale.ROOT,
                    "%-9d %14.1f %14s %7s%n",
                    size,
                    app.get(size),
                    floor == null ? "-" : String.format(Locale.ROOT, "%.1f", floor),
                    floor == null || floor <= 0 ? "-" : String.format(Locale.ROOT, "%.1fx", app.get(size) / floor)));
        }
        report.append("goal: at most 1.3x the bare app and at most 250 KB per session\n");
        BenchReport.write("session-memory", "SessionMemoryBench", report.toString());
    }

    /** KB the app's server holds per open caseworker session, with {@code size} sessions open. */
    private double appPerSession(int size, List<String> usernames, boolean histogram, StringBuilder report)
            throws Exception {
        String base = "http://localhost:" + port;
        List<VaadinClient> clients = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            long before = usedAfterGc();
            Map<String, long[]> histogramBefore = histogram ? histogram() : Map.of();
            List<Future<VaadinClient>> opening = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String username = usernames.get(i);
                opening.add(pool.submit(() -> {
                    VaadinClient client = new VaadinClient(base);
                    client.login(username, BenchCaseworkers.PASSWORD);
                    client.open("kursus");
                    client.connectPush();
                    return client;
                }));
            }
            for (Future<VaadinClient> f : opening) {
                clients.add(f.get(120, TimeUnit.SECONDS));
            }
            long with = usedAfterGc();
            Map<String, long[]> histogramWith = histogram ? histogram() : Map.of();
            tracking.invalidateAll();
            clients.forEach(VaadinClient::close);
            Awaitility.await("the sessions are gone")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(tracking.open::isEmpty);
            long without = usedAfterGc();
            double perSession = (with - without) / 1024.0 / size;
            report.append(String.format(
                    Locale.ROOT,
                    "app, %d caseworker sessions (/kursus, push open): heap after GC %.1f MB before, %.1f MB with the"
                            + " sessions, %.1f MB once they were ended (clients still held) -> %.1f KB per session"
                            + " on the server (%.1f KB with the client's side)%n",
                    size,
                    before / 1048576.0,
                    with / 1048576.0,
                    without / 1048576.0,
                    perSession,
                    (with - before) / 1024.0 / size));
            if (histogram) {
                report.append(
                        "  what grew with the sessions (class histogram, bytes per session; client classes too):\n");
                top(histogramBefore, histogramWith, size, 20)
                        .forEach(line -> report.append("  ").append(line).append('\n'));
            }
            return perSession;
        } finally {
            clients.forEach(VaadinClient::close);
            pool.shutdownNow();
        }
    }

    /** Opens one session of a jar's app and returns its client. */
    @FunctionalInterface
    interface Opener {
        VaadinClient open(String base) throws Exception;
    }

    /** KB the bare app holds per session at each size; empty if its jar is not built. */
    private Map<Integer, Double> bare(StringBuilder report) throws Exception {
        Path jar = bareJar();
        if (jar == null) {
            report.append("bare app: no jar in bench/bare-vaadin/target (build it:"
                    + " ./mvnw -B -q -Pproduction -DskipTests package -f bench/bare-vaadin/pom.xml)\n");
            return new HashMap<>();
        }
        return jarPerSession(
                "bare Vaadin app (production jar, own JVM), sessions of its one view",
                jar.toAbsolutePath(),
                List.of(),
                "/login",
                base -> {
                    VaadinClient client = new VaadinClient(base);
                    client.open("login");
                    return client;
                },
                false,
                report);
    }

    /**
     * KB the app's production jar ({@code -Dbench.appJar}) holds per session in its own JVM, on a fresh
     * H2 database with demo data: the demo caseworker logged in once per session, {@code /kursus}
     * open, push connected. Empty without the property.
     */
    private Map<Integer, Double> appJar(StringBuilder report) throws Exception {
        String given = System.getProperty("bench.appJar");
        if (given == null) {
            return new HashMap<>();
        }
        return jarPerSession(
                "app (production jar, own JVM), demo caseworker sessions (/kursus, push open)",
                Path.of(given).toAbsolutePath(),
                List.of("--attestkursus.content-dir=" + Path.of("content").toAbsolutePath()),
                // Ready, not just answering: the login page answers before the demo data is seeded.
                "/actuator/health/readiness",
                base -> {
                    VaadinClient client = new VaadinClient(base);
                    client.login("sagsbehandler", "demo");
                    client.open("kursus");
                    client.connectPush();
                    return client;
                },
                true,
                report);
    }

    /** Starts a jar in its own JVM and working folder and measures its heap per session at each size. */
    private Map<Integer, Double> jarPerSession(
            String what,
            Path jar,
            List<String> args,
            String readyPath,
            Opener opener,
            boolean histogram,
            StringBuilder report)
            throws Exception {
        Map<Integer, Double> perSession = new HashMap<>();
        int jarPort;
        try (ServerSocket free = new ServerSocket(0)) {
            jarPort = free.getLocalPort();
        }
        Path folder = Files.createTempDirectory("bench-jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--server.port=" + jarPort));
        command.addAll(args);
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("app.log").toFile())
                .start();
        String base = "http://localhost:" + jarPort;
        List<VaadinClient> clients = new ArrayList<>();
        try {
            HttpClient http = HttpClient.newHttpClient();
            Awaitility.await("the jar's app answers")
                    .atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions()
                    .until(() -> http.send(
                                            HttpRequest.newBuilder(URI.create(base + readyPath))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200);
            // Warm up: one session through, so that the first session's class loading is not counted.
            opener.open(base).close();
            int open = 0;
            long before = usedAfterGc(process.pid());
            Map<String, long[]> histogramBefore = histogram ? histogram(process.pid()) : Map.of();
            for (int size : SIZES) {
                for (; open < size; open++) {
                    clients.add(opener.open(base));
                }
                long with = usedAfterGc(process.pid());
                double kb = (with - before) / 1024.0 / size;
                perSession.put(size, kb);
                report.append(String.format(
                        Locale.ROOT,
                        "%s, %d sessions: heap after GC %.1f MB before, %.1f MB with them -> %.1f KB per session%n",
                        what,
                        size,
                        before / 1048576.0,
                        with / 1048576.0,
                        kb));
                if (histogram && size == SIZES[0]) {
                    report.append("  what grew with the sessions (class histogram, bytes per session):\n");
                    top(histogramBefore, histogram(process.pid()), size, 20)
                            .forEach(line -> report.append("  ").append(line).append('\n'));
                }
            }
        } finally {
            clients.forEach(VaadinClient::close);
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
            FileSystemUtils.deleteRecursively(folder);
        }
        return perSession;
    }

    /** Another JVM's class → {instances, bytes}, from {@code jcmd GC.class_histogram}. */
    private static Map<String, long[]> histogram(long pid) throws IOException, InterruptedException {
        return parseHistogram(jcmd(pid, "GC.class_histogram"));
    }

    private static Path bareJar() throws IOException {
        String given = System.getProperty("bench.bareJar");
        if (given != null) {
            return Path.of(given);
        }
        Path target = Path.of("bench", "bare-vaadin", "target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** This JVM's heap in use after full collections. */
    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Another JVM's heap in use after full collections, in bytes, by {@code jcmd}. */
    private static long usedAfterGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure from jcmd GC.heap_info");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /**
     * This JVM's class → {instances, bytes}: {@code GC.class_histogram} (which collects first) through
     * the diagnostic command MBean, as {@code jcmd} would give it (jcmd attaching to this JVM hung).
     */
    private static Map<String, long[]> histogram() throws JMException {
        String text = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
        return parseHistogram(text);
    }

    private static Map<String, long[]> parseHistogram(String text) {
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.find()) {
                classes.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
            }
        }
        return classes;
    }

    /** The classes that grew most between two histograms, per session. */
    private static List<String> top(Map<String, long[]> before, Map<String, long[]> after, int sessions, int count) {
        return after.entrySet().stream()
                .map(e -> {
                    long[] was = before.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - was[0], e.getValue()[1] - was[1]});
                })
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1])
                        .reversed())
                .limit(count)
                .map(e -> String.format(
                        Locale.ROOT,
                        "%9.0f B %7.1f objects  %s",
                        e.getValue()[1] / (double) sessions,
                        e.getValue()[0] / (double) sessions,
                        e.getKey()))
                .toList();
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(pid),
                        command)
                .redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(120, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}
