package dk.attestkursus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.testsupport.AppProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Soak benchmark (issue 18): the production jar, as a process of its own on a fresh database (H2 file
 * or a PostgreSQL schema), driven for {@code soak.minutes} (120) by a few simulated users of every role
 * in headless Chromium, each walking its role's journey at a light pace ({@link SoakUser}). Every minute
 * it looks into the application's JVM over JMX ({@link SoakProbe}); every {@code soak.sample-minutes}
 * (15) after a full GC, and prints a line. At the end it reports requests and 5xx (Tomcat's access
 * log), ERROR lines and stack traces in the application log, the users' journeys, actions and client
 * failures, the heap, thread and session series with a verdict ({@link SoakVerdict}), appends the
 * report to {@code bench/results/soak-<date>-<db>.txt} and fails on any 5xx, any ERROR or stack trace,
 * steady heap or thread growth, or sessions never freed.
 *
 * <p>Run it with {@code bash bench/soak.sh} (builds the production jar, see {@code bench/README.md}),
 * or given a jar, {@code ./mvnw -B verify -Pbench -Dit.test=SoakBench -Dsoak.jar=...}, or as a plain
 * {@code main} on the test classpath (what {@code soak.sh} does, so no Maven build waits for hours).
 * Without {@code soak.jar} it is skipped, so {@code ./mvnw verify -Pbench} does not start a two-hour soak.
 */
class SoakBench {

    private static final String HELD_RUN = "Bedre LÆ-attester – Hjørring Kommune, første hold";
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    @Test
    void soak() throws Exception {
        Assumptions.assumeTrue(SoakConfig.requested(), "no -Dsoak.jar: the soak benchmark runs only when asked for");
        Result result = run(SoakConfig.fromSystemProperties());
        assertThat(result.problems())
                .as("soak problems; report in %s", result.reportFile())
                .isEmpty();
    }

    /** {@code java -cp <test classpath> dk.attestkursus.bench.SoakBench} with the same {@code -Dsoak.*} properties. */
    public static void main(String[] args) throws Exception {
        if (!SoakConfig.requested()) {
            System.err.println(
                    "usage: java -Dsoak.jar=<production jar> [-Dsoak.database=h2|postgres] [-Dsoak.minutes=120] "
                            + "-cp <test classpath> dk.attestkursus.bench.SoakBench (see bench/README.md)");
            System.exit(2);
        }
        Result result = run(SoakConfig.fromSystemProperties());
        System.exit(result.problems().isEmpty() ? 0 : 1);
    }

    record Result(List<String> problems, String report, Path reportFile) {}

    /** One full sample's line and figures. */
    record Sample(
            double minute,
            SoakProbe.Sample jvm,
            long requests,
            long serverErrors,
            SoakLogs.Window window,
            long actions,
            long actionMedianMillis,
            int failures) {}

    static Result run(SoakConfig config) throws Exception {
        LocalDateTime startedAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        Path work = config.work() != null
                ? Files.createDirectories(config.work())
                : Files.createTempDirectory("attestkursus-soak-" + config.database() + "-");
        String schema = "soak_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        boolean postgres = config.database().equals("postgres");
        Path accessDir = work.resolve("access");
        List<String> jvmOptions = new ArrayList<>(List.of(
                "-Xlog:gc:file=" + work.resolve("gc.log") + ":time,uptime",
                "-XX:+HeapDumpOnOutOfMemoryError",
                "-XX:HeapDumpPath=" + work));
        jvmOptions.addAll(config.jvmOptions());
        Map<String, String> env = new LinkedHashMap<>();
        if (postgres) {
            env.put("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
            env.put("DATABASE_USER", "postgres");
            env.put("DATABASE_PASSWORD", "");
        }
        AppProcess app = AppProcess.fromJar(config.jar(), work, jvmOptions, env)
                .withArgs(
                        "--server.tomcat.mbeanregistry.enabled=true",
                        "--spring.datasource.hikari.register-mbeans=true",
                        "--server.tomcat.accesslog.enabled=true",
                        "--server.tomcat.accesslog.directory=" + accessDir,
                        "--server.tomcat.accesslog.prefix=access",
                        "--server.tomcat.accesslog.suffix=.log",
                        "--server.tomcat.accesslog.rotate=false",
                        "--server.tomcat.accesslog.buffered=false",
                        "--server.tomcat.accesslog.pattern=" + SoakLogs.ACCESS_PATTERN);
        if (postgres) {
            app.withArgs(
                    "--spring.profiles.active=postgres",
                    "--spring.flyway.schemas=" + schema,
                    "--spring.flyway.create-schemas=true");
        } else {
            app.withH2FileDatabase();
        }
        // As an operator sets BASE_URL; without it the app warns once that mail links point to
        // localhost (base.SiteAddress), a WARN the soak would count against the run.
        app.withArgs("--attestkursus.base-url=http://localhost:" + app.port());
        app.withArgs(config.appArgs().toArray(String[]::new));

        // Selenium warns on every browser start that it has no CDP package for this Chromium; nothing uses CDP
        // beyond clearing cookies, which works. Keep the console for the soak's own lines.
        SELENIUM_LOG.setLevel(Level.SEVERE);
        StringBuilder out = new StringBuilder();
        List<String> problems = new ArrayList<>();
        String h2 = bundled(config.jar(), "h2-") + ", " + bundled(config.jar(), "postgresql-");
        String head = String.format(
                Locale.ROOT,
                "Soak benchmark %s%s: %s, started %s, commit %s%n"
                        + "jar %s (%s; %s); app JVM options %s; extra app arguments %s%n"
                        + "users: %d caseworkers, %d instructors, %d leader, %d administrator; think %d-%d s (seed %d); waits %d s%n"
                        + "machine: %d cores, load %s; driver JDK %s; work folder %s%n",
                config.database(),
                config.label().isBlank() ? "" : " (" + config.label() + ")",
                plannedMinutes(config),
                startedAt,
                commit(),
                config.jar().getFileName(),
                h2,
                String.format(Locale.ROOT, "%.1f MB", mebibytes(Files.size(config.jar()))),
                config.jvmOptions().isEmpty() ? "(none: default heap)" : String.join(" ", config.jvmOptions()),
                config.appArgs().isEmpty() ? "(none)" : String.join(" ", config.appArgs()),
                config.caseworkers(),
                config.instructors(),
                config.leaders(),
                config.admins(),
                config.thinkMin().toSeconds(),
                config.thinkMax().toSeconds(),
                config.seed(),
                config.waitTime().toSeconds(),
                Runtime.getRuntime().availableProcessors(),
                loadAverage(),
                Runtime.version(),
                work);
        print(out, head);

        long launch = System.nanoTime();
        List<Sample> samples = new ArrayList<>();
        List<SoakVerdict.SessionPoint> openSessions = new ArrayList<>();
        SoakRun run = null;
        List<SoakUser> users = List.of();
        List<Thread> threads = new ArrayList<>();
        Map<String, Integer> threadsAtStart = Map.of();
        Map<String, Integer> threadsAtEnd = Map.of();
        SoakLogs.AccessLog access = new SoakLogs.AccessLog(accessDir.resolve("access.log"));
        int sessionTimeout = config.sessionTimeout();
        double endMinute = 0;
        try {
            app.start();
            print(
                    out,
                    String.format(
                            Locale.ROOT,
                            "app up (GET /login 200) after %.1f s, pid %d, %s%n",
                            (System.nanoTime() - launch) / 1e9,
                            app.pid(),
                            app.baseUrl()));
            try (SoakProbe probe = SoakProbe.attach(app.pid())) {
                int told = probe.sessionTimeoutMinutes();
                if (told > 0) {
                    sessionTimeout = told;
                }
                print(
                        out,
                        String.format(
                                Locale.ROOT,
                                "session timeout %d min (%s)%n",
                                sessionTimeout,
                                told > 0 ? "Tomcat's context" : "soak.session-timeout-minutes"));
                run = new SoakRun(config, app.baseUrl());
                users = users(config, run);
                print(out, "users: " + users + "\n\n");
                print(out, header());
                samples.add(fullSample(run, probe, access, out));
                openSessions.add(sessionPoint(0, samples.getFirst().jvm()));
                threadsAtStart = probe.threadGroups();
                for (SoakUser user : users) {
                    Thread t = Thread.ofPlatform().name("soak-" + user.username).start(user);
                    threads.add(t);
                    // Start the browsers one by one, not all at once on two cores.
                    if (run.awaitStop(Duration.ofSeconds(10))) {
                        break;
                    }
                }
                double nextFull = config.sampleMinutes();
                double nextLight = 1;
                while (run.minute() < config.minutes()) {
                    double wake = Math.min(Math.min(nextFull, nextLight), config.minutes());
                    run.awaitStop(Duration.ofMillis((long) Math.max(0, (wake - run.minute()) * 60_000)));
                    if (!app.isAlive()) {
                        problems.add(
                                String.format(Locale.ROOT, "the application stopped at minute %.1f", run.minute()));
                        break;
                    }
                    if (run.minute() >= config.minutes()) {
                        break;
                    }
                    // (no full sample just before the end: the final one follows)
                    if (run.minute() >= nextFull - 1e-6 && nextFull < config.minutes() - 0.5) {
                        Sample s = fullSample(run, probe, access, out);
                        samples.add(s);
                        openSessions.add(sessionPoint(s.minute(), s.jvm()));
                        nextFull += config.sampleMinutes();
                        nextLight = Math.floor(run.minute()) + 1;
                    } else if (run.minute() >= nextFull - 1e-6) {
                        nextFull = Double.MAX_VALUE;
                    } else if (run.minute() >= nextLight - 1e-6) {
                        SoakProbe.Sample light = probe.sample(false);
                        access.read();
                        openSessions.add(sessionPoint(run.minute(), light));
                        nextLight += 1;
                    }
                }
                run.stop();
                endMinute = run.minute();
                for (Thread t : threads) {
                    t.join(Duration.ofMinutes(5));
                    if (t.isAlive()) {
                        problems.add("simulated user " + t.getName() + " did not stop within 5 minutes");
                    }
                }
                if (app.isAlive()) {
                    Sample last = fullSample(run, probe, access, out);
                    samples.add(last);
                    openSessions.add(sessionPoint(last.minute(), last.jvm()));
                    threadsAtEnd = probe.threadGroups();
                }
            }
        } finally {
            if (run != null) {
                run.stop();
            }
            app.stop();
            if (postgres) {
                dropSchema(schema);
            }
        }
        access.read();
        SoakLogs.AppLog log = SoakLogs.appLog(app.log());

        String report = report(
                config,
                run,
                users,
                samples,
                openSessions,
                access,
                log,
                threadsAtStart,
                threadsAtEnd,
                sessionTimeout,
                endMinute,
                problems);
        print(out, report);
        Path file = config.results().resolve("soak-" + LocalDate.now() + "-" + config.database() + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file, out + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("report appended to " + file + "; application log, access log and gc log in " + work);
        return new Result(List.copyOf(problems), out.toString(), file);
    }

    private static List<SoakUser> users(SoakConfig config, SoakRun run) {
        List<SoakUser> users = new ArrayList<>();
        long seed = config.seed();
        for (int i = 0; i < config.caseworkers(); i++) {
            users.add(new SoakUser.Caseworker(SoakConfig.CASEWORKERS.get(i), run, seed * 100 + users.size()));
        }
        for (int i = 0; i < config.instructors(); i++) {
            // The practice consultant works through the upcoming run's queue (the page's default, where
            // sagsbehandler submits), the jobcenter representative through the held run's (ali, birthe ...).
            users.add(new SoakUser.Instructor(
                    SoakConfig.INSTRUCTORS.get(i), i == 0 ? null : HELD_RUN, run, seed * 100 + users.size()));
        }
        for (int i = 0; i < config.leaders(); i++) {
            users.add(new SoakUser.Leader("leder", run, seed * 100 + users.size()));
        }
        for (int i = 0; i < config.admins(); i++) {
            users.add(new SoakUser.Admin("admin", run, seed * 100 + users.size()));
        }
        return users;
    }

    private static SoakVerdict.SessionPoint sessionPoint(double minute, SoakProbe.Sample jvm) {
        return new SoakVerdict.SessionPoint(minute, jvm.sessions(), jvm.maxIdleMinutes());
    }

    private static String header() {
        return String.format(
                Locale.ROOT,
                "%6s %8s %8s %7s %7s %9s %14s %9s %7s %9s %5s %9s %6s %8s %8s%n",
                "min",
                "heap MB",
                "meta MB",
                "classes",
                "threads",
                "sess/idle",
                "created/expired",
                "pool a/i",
                "RSS MB",
                "requests",
                "5xx",
                "p50/p95ms",
                "acts",
                "act p50",
                "failures");
    }

    private static Sample fullSample(SoakRun run, SoakProbe probe, SoakLogs.AccessLog access, StringBuilder out)
            throws Exception {
        SoakProbe.Sample jvm = probe.sample(true);
        access.read();
        SoakLogs.Window window = access.takeWindow();
        long[] acts = run.takeActionWindow();
        Sample s = new Sample(
                run.minute(),
                jvm,
                access.requests(),
                access.serverErrors(),
                window,
                acts[0],
                acts[1],
                run.failures().size());
        print(
                out,
                String.format(
                        Locale.ROOT,
                        "%6.1f %8.1f %8.1f %7d %7d %9s %14s %9s %7d %9d %5d %9s %6d %8s %8d%n",
                        s.minute(),
                        mebibytes(jvm.heapUsed()),
                        mebibytes(jvm.metaspaceUsed()),
                        jvm.classes(),
                        jvm.threads(),
                        jvm.sessions() + "/" + jvm.idleSessions(),
                        jvm.sessionsCreated() + "/" + jvm.sessionsExpired(),
                        jvm.poolActive() + "/" + jvm.poolIdle(),
                        Math.round(mebibytes(jvm.rss())),
                        s.requests(),
                        s.serverErrors(),
                        window.percentile(0.5) + "/" + window.percentile(0.95),
                        acts[0],
                        acts[1] < 0 ? "-" : acts[1] + "",
                        s.failures()));
        return s;
    }

    private static String report(
            SoakConfig config,
            SoakRun run,
            List<SoakUser> users,
            List<Sample> samples,
            List<SoakVerdict.SessionPoint> openSessions,
            SoakLogs.AccessLog access,
            SoakLogs.AppLog log,
            Map<String, Integer> threadsAtStart,
            Map<String, Integer> threadsAtEnd,
            int sessionTimeout,
            double endMinute,
            List<String> problems) {
        StringBuilder r = new StringBuilder("\n");
        r.append(String.format(
                Locale.ROOT, "duration: %.1f min of users walking (planned %s)%n", endMinute, plannedMinutes(config)));
        if (run != null) {
            r.append("journeys and actions per role (completed; client failures):\n");
            Map<String, int[]> byRole = new TreeMap<>();
            for (SoakUser u : users) {
                int[] t = byRole.computeIfAbsent(u.role, k -> new int[4]);
                t[0]++;
                t[1] += u.journeys();
                t[2] += u.actions();
                t[3] += u.failures();
            }
            byRole.forEach((role, t) -> r.append(String.format(
                    Locale.ROOT,
                    "  %-11s %d users: %5d journeys, %6d actions, %3d client failures%n",
                    role,
                    t[0],
                    t[1],
                    t[2],
                    t[3])));
            r.append(String.format(
                    Locale.ROOT,
                    "  logins %d, sessions left behind (tab closed without logging out, or dropped after a failure) %d; "
                            + "requests submitted %d, reviews returned %d%n",
                    run.logins(),
                    run.leftBehind().size(),
                    run.submittedCount(),
                    run.returnedCount()));
            r.append("actions (count, median / p95 / max ms):\n");
            run.actionMillis().forEach((action, ms) -> {
                List<Long> sorted = new ArrayList<>(ms);
                Collections.sort(sorted);
                r.append(String.format(
                        Locale.ROOT,
                        "  %-42s %6d  %6d / %6d / %6d%n",
                        action,
                        sorted.size(),
                        sorted.get(sorted.size() / 2),
                        sorted.get(Math.max(0, (int) Math.ceil(0.95 * sorted.size()) - 1)),
                        sorted.getLast()));
            });
        }
        r.append(String.format(
                Locale.ROOT, "HTTP requests (access log): %d; by status %s%n", access.requests(), access.byStatus()));
        r.append(String.format(Locale.ROOT, "HTTP 5xx: %d%n", access.serverErrors()));
        access.firstServerErrors().forEach(l -> r.append("  ").append(l).append('\n'));
        if (access.serverErrors() > 0) {
            problems.add(access.serverErrors() + " HTTP 5xx responses");
        }
        if (access.requests() == 0) {
            problems.add("no requests in the access log: is it on?");
        }
        r.append(String.format(
                Locale.ROOT,
                "application log: %d ERROR, %d stack traces, %d WARN after start-up (the known entries below apart); %d WARN at start-up%n",
                log.errors(),
                log.traces(),
                log.warnings(),
                log.startupWarnings()));
        log.firstErrors().forEach(l -> r.append("  ERROR: ").append(l).append('\n'));
        log.firstTraces().forEach(l -> r.append("  trace: ").append(l).append('\n'));
        log.firstWarnings().forEach(l -> r.append("  WARN: ").append(l).append('\n'));
        log.startupWarningLines()
                .forEach(l -> r.append("  WARN at start-up: ").append(l).append('\n'));
        if (log.errors() > 0) {
            problems.add(log.errors() + " ERROR lines in the application log");
        }
        for (SoakLogs.Known known : SoakLogs.KNOWN) {
            int n = log.known().getOrDefault(known.id(), 0);
            if (n == 0) {
                continue;
            }
            r.append(String.format(
                    Locale.ROOT,
                    "known third-party log entries '%s' (ERROR with a stack trace): %d%s%n  cause: %s%n",
                    known.id(),
                    n,
                    config.failOnKnown() ? "" : ", not failing the soak (-Dsoak.fail-on-known=true to fail)",
                    known.why()));
            log.firstKnown().get(known.id()).stream()
                    .limit(4)
                    .forEach(l -> r.append("  ").append(l).append('\n'));
            if (config.failOnKnown()) {
                problems.add(n + " known third-party ERRORs '" + known.id() + "' in the application log");
            }
        }
        if (log.traces() > 0) {
            problems.add(log.traces() + " stack traces in the application log");
        }
        if (log.warnings() > 0) {
            problems.add(log.warnings() + " WARN lines in the application log after start-up");
        }
        if (log.impossible() > 0) {
            r.append(String.format(
                    Locale.ROOT, "lines impossible with one instance (a write that failed): %d%n", log.impossible()));
            log.firstImpossible().forEach(l -> r.append("  ").append(l).append('\n'));
            SoakLogs.IMPOSSIBLE_ALONE.forEach(
                    k -> r.append("  cause: ").append(k.why()).append('\n'));
            problems.add(log.impossible() + " log lines that cannot be true with one instance (failed writes)");
        }
        if (run != null) {
            List<SoakRun.Failure> failures = run.failures();
            Map<String, Integer> kinds = new TreeMap<>();
            failures.forEach(f -> kinds.merge(f.kind(), 1, Integer::sum));
            r.append(String.format(
                    Locale.ROOT,
                    "client failures (driver side, not counted as server errors): %d %s%n",
                    failures.size(),
                    kinds));
            failures.stream().limit(15).forEach(f -> r.append("  ").append(f).append('\n'));
            if (kinds.containsKey("vaadin-error")) {
                problems.add(kinds.get("vaadin-error") + " Vaadin error boxes seen by users");
            }
            if (kinds.containsKey("unexpected page")) {
                problems.add(kinds.get("unexpected page")
                        + " actions whose page did not show what they should have (e.g. a draft not saved)");
            }
            r.append(String.format(
                    Locale.ROOT,
                    "warnings the app showed users (conflicts and the like): %d%n",
                    run.appWarningCount()));
            run.appWarnings().forEach(w -> r.append("  ").append(w).append('\n'));
            if (run.appWarningCount() > 0) {
                // No two windows ever edit the same thing in the soak, and nobody types a CPR number.
                problems.add(run.appWarningCount() + " warnings shown to users, where none is expected");
            }
            List<String> mails = run.mailTotals();
            if (!mails.isEmpty()) {
                r.append("mail outbox (administrator's mail log): ")
                        .append(mails.getFirst())
                        .append(" ... ")
                        .append(mails.getLast())
                        .append('\n');
            }
        }
        r.append(verdicts(config, samples, openSessions, run, sessionTimeout, endMinute, problems));
        r.append(threadGroups(threadsAtStart, threadsAtEnd));
        r.append(problems.isEmpty() ? "RESULT: PASS\n" : "RESULT: FAIL\n");
        problems.forEach(p -> r.append("  - ").append(p).append('\n'));
        return r.toString();
    }

    private static String verdicts(
            SoakConfig config,
            List<Sample> samples,
            List<SoakVerdict.SessionPoint> openSessions,
            SoakRun run,
            int sessionTimeout,
            double endMinute,
            List<String> problems) {
        StringBuilder r = new StringBuilder();
        double warmUp = SoakVerdict.warmUpMinutes(endMinute, config.sampleMinutes(), sessionTimeout);
        List<SoakVerdict.Point> heap = samples.stream()
                .map(s -> new SoakVerdict.Point(s.minute(), mebibytes(s.jvm().heapUsed())))
                .toList();
        List<SoakVerdict.Point> threads = samples.stream()
                .map(s -> new SoakVerdict.Point(s.minute(), s.jvm().threads()))
                .toList();
        r.append("heap after GC (MB): ").append(series(heap)).append('\n');
        double firstHeap = heap.stream()
                .filter(p -> p.minute() >= warmUp)
                .mapToDouble(SoakVerdict.Point::value)
                .findFirst()
                .orElse(Double.NaN);
        SoakVerdict.Growth heapGrowth =
                SoakVerdict.growth(heap, warmUp, config.heapSlopeLimit(), config.heapMinRise() * firstHeap);
        r.append("  heap growth: ").append(heapGrowth.describe("MB")).append('\n');
        if (heapGrowth.growing()) {
            problems.add("steady heap growth: " + heapGrowth.describe("MB"));
        }
        r.append("live threads: ").append(series(threads)).append('\n');
        SoakVerdict.Growth threadGrowth =
                SoakVerdict.growth(threads, warmUp, config.threadSlopeLimit(), config.threadMinRise());
        r.append("  thread growth: ").append(threadGrowth.describe("threads")).append('\n');
        if (threadGrowth.growing()) {
            problems.add("steady thread growth: " + threadGrowth.describe("threads"));
        }
        r.append("open sessions: ")
                .append(series(samples.stream()
                        .map(s -> new SoakVerdict.Point(s.minute(), s.jvm().sessions()))
                        .toList()))
                .append('\n');
        r.append("  of them unused for more than 5 min (left behind, waiting for the timeout): ")
                .append(series(samples.stream()
                        .map(s -> new SoakVerdict.Point(s.minute(), s.jvm().idleSessions()))
                        .toList()))
                .append('\n');
        if (run != null) {
            SoakVerdict.Sessions sessions = SoakVerdict.sessions(openSessions, sessionTimeout, 2);
            r.append("  sessions: ").append(sessions.detail()).append('\n');
            if (sessions.neverFreed()) {
                problems.add("sessions never freed: " + sessions.detail());
            }
        }
        if (!samples.isEmpty()) {
            Sample first = samples.getFirst();
            Sample last = samples.getLast();
            r.append(String.format(
                    Locale.ROOT,
                    "first -> last sample: metaspace %.1f -> %.1f MB, classes %d -> %d, RSS %.0f -> %.0f MB, DB pool active/idle %d/%d -> %d/%d, waiting for a connection %d -> %d%n",
                    mebibytes(first.jvm().metaspaceUsed()),
                    mebibytes(last.jvm().metaspaceUsed()),
                    first.jvm().classes(),
                    last.jvm().classes(),
                    mebibytes(first.jvm().rss()),
                    mebibytes(last.jvm().rss()),
                    first.jvm().poolActive(),
                    first.jvm().poolIdle(),
                    last.jvm().poolActive(),
                    last.jvm().poolIdle(),
                    first.jvm().poolWaiting(),
                    last.jvm().poolWaiting()));
        }
        r.append(String.format(
                Locale.ROOT,
                "rules: heap (and threads) fail on steady growth over the samples from minute %.0f (warm-up: 30 min, or one "
                        + "session timeout when the run leaves 3 samples after it): least-squares slope above %.0f MB/h and last "
                        + "above first by more than %.0f %% (threads: %.0f/h and %.0f); sessions fail if any sample finds an "
                        + "open session unused for longer than the session timeout (%d min) + 2 min%n",
                warmUp,
                config.heapSlopeLimit(),
                config.heapMinRise() * 100,
                config.threadSlopeLimit(),
                config.threadMinRise(),
                sessionTimeout));
        return r.toString();
    }

    private static String threadGroups(Map<String, Integer> start, Map<String, Integer> end) {
        if (end.isEmpty()) {
            return "";
        }
        StringBuilder r = new StringBuilder("threads by name, first -> last sample (changed only):");
        boolean any = false;
        for (String name : new TreeSet<>(union(start.keySet(), end.keySet()))) {
            int a = start.getOrDefault(name, 0);
            int b = end.getOrDefault(name, 0);
            if (a != b) {
                r.append(String.format(Locale.ROOT, " %s %d->%d;", name, a, b));
                any = true;
            }
        }
        return (any ? r : r.append(" none")).append('\n').toString();
    }

    private static <T> List<T> union(Set<T> a, Set<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String series(List<SoakVerdict.Point> points) {
        StringBuilder s = new StringBuilder();
        for (SoakVerdict.Point p : points) {
            s.append(String.format(Locale.ROOT, "%s%.0f: %.1f", s.isEmpty() ? "" : ", ", p.minute(), p.value()));
        }
        return s.toString();
    }

    private static void print(StringBuilder out, String text) {
        out.append(text);
        System.out.print(text);
        System.out.flush();
    }

    private static String plannedMinutes(SoakConfig config) {
        return String.format(Locale.ROOT, "%.0f min", config.minutes());
    }

    static double mebibytes(long bytes) {
        return bytes < 0 ? -1 : bytes / 1024.0 / 1024.0;
    }

    /** The version of a library the jar carries, e.g. {@code h2-2.3.232.jar}. */
    private static String bundled(Path jar, String prefix) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.startsWith("BOOT-INF/lib/" + prefix))
                    .map(n -> n.substring("BOOT-INF/lib/".length()))
                    .findFirst()
                    .orElse("no " + prefix + "*.jar");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
                    .redirectErrorStream(true)
                    .start();
            String id = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
                    .redirectErrorStream(true)
                    .start();
            boolean dirty = !new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8).isBlank();
            return git.waitFor() == 0 ? id + (dirty ? "+dirty" : "") : "?";
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void dropSchema(String schema) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("Could not drop the soak schema " + schema + ": " + e.getMessage());
        }
    }
}
