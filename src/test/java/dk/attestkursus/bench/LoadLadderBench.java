package dk.attestkursus.bench;

import com.sun.management.OperatingSystemMXBean;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.LaeForm;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Writing;
import dk.attestkursus.e2e.Texts;
import dk.attestkursus.learning.LearningPaths;
import dk.attestkursus.requests.RequestPaths;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test of speed: a ladder of caseworkers working at once (1, 30, 100 and 1,000 by
 * default, {@code -Dbench.ladder}), each a real logged-in session with its own UI and push WebSocket
 * ({@link VaadinClient}), each going round the same errands with think time before every step
 * ({@code -Dbench.think=3-10} seconds, uniform): open a lesson, open a module's knowledge check,
 * answer a question, open a request exercise, save a draft of it (the purpose field's typing pause),
 * read a form in the form guide. Each step is one request to the server as the browser's client sends
 * it; every answer is checked for the change the step must bring.
 *
 * <p>Per rung: the sessions are added (logged in, {@code /kursus} opened, push connected), the users
 * run for a warm-up ({@code -Dbench.warmup}, 15 s) and then for the measured window
 * ({@code -Dbench.rungSeconds}, 60 s): throughput (steps answered per second), median and p95 per
 * step, errors, and the CPU per step, of the whole JVM and of the server alone (the whole JVM less the
 * load generator's own threads). The caseworkers are seeded by {@link BenchCaseworkers}. Run with
 * {@code ./mvnw -B verify -Pbench -Dit.test=LoadLadderBench}.
 */
@IntegrationTest
class LoadLadderBench {

    static final List<String> ACTIONS = List.of(
            "open lesson", "open knowledge check", "answer question", "open request", "save draft", "read form");

    private static final int[] LADDER = Arrays.stream(
                    System.getProperty("bench.ladder", "1,30,100,1000").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip()))
            .toArray();
    private static final String THINK = System.getProperty("bench.think", "3-10");
    private static final int WARMUP = Integer.getInteger("bench.warmup", 15);
    private static final int WINDOW = Integer.getInteger("bench.rungSeconds", 60);
    private static final String TRY_AGAIN = Texts.DA.get("quiz.tryAgain");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CourseContent content;

    @LocalServerPort
    int port;

    private final List<String> lessons = new ArrayList<>();
    private final List<String> quizzes = new ArrayList<>();
    private final List<String> exercises = new ArrayList<>();
    private final List<String> forms = new ArrayList<>();
    private long thinkMin;
    private long thinkMax;

    @Test
    void caseworkers_at_work_on_a_ladder_of_open_sessions() throws Exception {
        String[] think = THINK.split("-");
        thinkMin = TimeUnit.MILLISECONDS.toNanos((long) (Double.parseDouble(think[0]) * 1000));
        thinkMax = TimeUnit.MILLISECONDS.toNanos((long) (Double.parseDouble(think[think.length - 1]) * 1000));
        Course course = fixtures.as("admin", content::course);
        for (Module module : course.modules()) {
            module.lessons().stream()
                    .map(Lesson::slug)
                    .forEach(s -> lessons.add(LearningPaths.lesson(module.key(), s)));
            if (!module.quiz().isEmpty()) {
                quizzes.add(LearningPaths.quiz(module.key()));
            }
        }
        course.writing().exercises().stream()
                .filter(e -> !e.isOwnCase())
                .map(Writing.Exercise::id)
                .forEach(id -> exercises.add(RequestPaths.exercise(id)));
        course.forms().stream().map(LaeForm::slug).forEach(s -> forms.add(LearningPaths.form(s)));

        int most = Arrays.stream(LADDER).max().orElse(1);
        long seedStart = System.nanoTime();
        List<String> usernames = BenchCaseworkers.seed(jdbc, fixtures, most);
        String base = "http://localhost:" + port;
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "ladder %s, think %s s before every step, warm-up %d s, measured %d s per rung;"
                        + " %d caseworkers seeded in %.1f s%n"
                        + "%d lessons, %d knowledge checks, %d request exercises, %d forms to choose from%n%n",
                Arrays.toString(LADDER),
                THINK,
                WARMUP,
                WINDOW,
                most,
                (System.nanoTime() - seedStart) / 1e9,
                lessons.size(),
                quizzes.size(),
                exercises.size(),
                forms.size()));
        report.append(String.format(
                Locale.ROOT,
                "%-8s %-22s %8s %7s %7s %7s %7s%n",
                "sessions",
                "step",
                "count",
                "per s",
                "p50 ms",
                "p95 ms",
                "errors"));

        List<VaadinClient> clients = new ArrayList<>();
        ExecutorService opening = Executors.newFixedThreadPool(
                4, Thread.ofPlatform().name("ladder-open-", 0).factory());
        try {
            for (int rung : LADDER) {
                long openStart = System.nanoTime();
                String stopped = open(opening, base, usernames, clients, rung);
                double openSeconds = (System.nanoTime() - openStart) / 1e9;
                report.append(rung(clients, openSeconds));
                System.out.print(report);
                if (stopped != null) {
                    report.append("STOPPED at ")
                            .append(clients.size())
                            .append(" open sessions of ")
                            .append(rung)
                            .append(": ")
                            .append(stopped)
                            .append('\n');
                    break;
                }
            }
        } finally {
            clients.forEach(VaadinClient::close);
            opening.shutdownNow();
        }
        BenchReport.write("load-ladder", "LoadLadderBench", report.toString());
    }

    /** Opens sessions until there are {@code rung}; returns why it stopped short, or null. */
    private String open(ExecutorService pool, String base, List<String> usernames, List<VaadinClient> clients, int rung)
            throws InterruptedException {
        List<Future<VaadinClient>> opened = new ArrayList<>();
        for (int i = clients.size(); i < rung; i++) {
            String username = usernames.get(i);
            opened.add(pool.submit(() -> {
                VaadinClient client = new VaadinClient(base);
                try {
                    client.login(username, BenchCaseworkers.PASSWORD);
                    client.open("kursus");
                    client.connectPush();
                    return client;
                } catch (Exception | Error e) {
                    client.close();
                    throw e;
                }
            }));
        }
        String failure = null;
        for (Future<VaadinClient> f : opened) {
            try {
                clients.add(f.get(120, TimeUnit.SECONDS));
            } catch (Exception e) {
                if (failure == null) {
                    failure = String.valueOf(e.getCause() == null ? e : e.getCause());
                }
            }
        }
        return failure;
    }

    /** Runs every open session's caseworker for the warm-up and the window; the rung's rows. */
    private String rung(List<VaadinClient> clients, double openSeconds) throws InterruptedException {
        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        Map<String, String> firstError = new ConcurrentHashMap<>();
        ACTIONS.forEach(a -> {
            times.put(a, Collections.synchronizedList(new ArrayList<>()));
            errors.put(a, new AtomicInteger());
        });
        long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARMUP);
        long measureTo = measureFrom + TimeUnit.SECONDS.toNanos(WINDOW);
        List<Thread> users = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            VaadinClient client = clients.get(i);
            users.add(Thread.ofPlatform().name("ladder-user-" + i).start(() -> {
                Errands errands = new Errands(client);
                // Spread the first steps over one think time, as people do not all start at once.
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(thinkMax));
                int step = 0;
                while (System.nanoTime() < measureTo) {
                    String action = ACTIONS.get(step % ACTIONS.size());
                    long start = System.nanoTime();
                    try {
                        errands.perform(action);
                        if (start >= measureFrom && start < measureTo) {
                            times.get(action).add(System.nanoTime() - start);
                        }
                    } catch (Exception | AssertionError e) {
                        if (start >= measureFrom && start < measureTo) {
                            errors.get(action).incrementAndGet();
                            firstError.putIfAbsent(action, String.valueOf(e));
                        }
                    }
                    step++;
                    long pause = thinkMin + ThreadLocalRandom.current().nextLong(Math.max(1, thinkMax - thinkMin));
                    LockSupport.parkNanos(Math.min(pause, Math.max(0, measureTo - System.nanoTime())));
                }
            }));
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        LockSupport.parkNanos(Math.max(0, measureFrom - System.nanoTime()));
        long cpuFrom = os.getProcessCpuTime();
        long loadFrom = loadGeneratorCpu();
        LockSupport.parkNanos(Math.max(0, measureTo - System.nanoTime()));
        long cpuTo = os.getProcessCpuTime();
        long loadTo = loadGeneratorCpu();
        double systemLoad = os.getSystemLoadAverage();
        for (Thread user : users) {
            user.join(TimeUnit.SECONDS.toMillis(60));
        }

        StringBuilder rows = new StringBuilder();
        long all = 0;
        List<Long> every = new ArrayList<>();
        int errorCount = 0;
        for (String action : ACTIONS) {
            List<Long> ms = times.get(action).stream().map(n -> n / 1_000_000).toList();
            all += ms.size();
            every.addAll(ms);
            errorCount += errors.get(action).get();
            rows.append(String.format(
                    Locale.ROOT,
                    "%-8d %-22s %8d %7.1f %7d %7d %7d%n",
                    clients.size(),
                    action,
                    ms.size(),
                    ms.size() / (double) WINDOW,
                    BenchReport.percentile(ms, 50),
                    BenchReport.percentile(ms, 95),
                    errors.get(action).get()));
        }
        double cpuMs = (cpuTo - cpuFrom) / 1e6;
        double serverCpuMs = cpuMs - (loadTo - loadFrom) / 1e6;
        rows.append(String.format(
                Locale.ROOT,
                "%-8d %-22s %8d %7.1f %7d %7d %7d%n",
                clients.size(),
                "ALL STEPS",
                all,
                all / (double) WINDOW,
                BenchReport.percentile(every, 50),
                BenchReport.percentile(every, 95),
                errorCount));
        rows.append(String.format(
                Locale.ROOT,
                "  CPU per step: %.1f ms whole JVM, %.1f ms server alone (less the load generator's threads);"
                        + " CPU busy %.0f%% of %d cores; load average %.2f; sessions opened in %.1f s;"
                        + " heap used %d MB; %d live threads%n",
                all == 0 ? 0 : cpuMs / all,
                all == 0 ? 0 : serverCpuMs / all,
                100 * cpuMs / (WINDOW * 1000.0 * Runtime.getRuntime().availableProcessors()),
                Runtime.getRuntime().availableProcessors(),
                systemLoad,
                openSeconds,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024),
                ManagementFactory.getThreadMXBean().getThreadCount()));
        firstError.forEach((action, e) -> rows.append("  first error in ")
                .append(action)
                .append(": ")
                .append(e, 0, Math.min(e.length(), 300))
                .append('\n'));
        return rows.toString();
    }

    /** CPU time of the load generator's threads: the users and the HTTP clients' own threads. */
    private static long loadGeneratorCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        long[] ids = threads.getAllThreadIds();
        ThreadInfo[] infos = threads.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            ThreadInfo info = infos[i];
            if (info != null
                    && (info.getThreadName().startsWith("ladder-")
                            || info.getThreadName().startsWith("HttpClient-"))) {
                total += Math.max(0, threads.getThreadCpuTime(ids[i]));
            }
        }
        return total;
    }

    /** One caseworker's steps through the open UI; each checks that the server answered as it should. */
    private final class Errands {

        private final VaadinClient client;

        Errands(VaadinClient client) {
            this.client = client;
        }

        void perform(String action) throws Exception {
            switch (action) {
                case "open lesson" -> {
                    client.forget("lesson-meta");
                    client.navigate(pick(lessons));
                    expect(client.has("lesson-meta"), "the lesson");
                }
                case "open knowledge check" -> {
                    client.navigate(pick(quizzes));
                    expect(!client.withTag("vaadin-radio-group").isEmpty(), "the questions");
                }
                case "answer question" -> answer();
                case "open request" -> {
                    client.forget("request-purpose");
                    client.navigate(pick(exercises));
                    expect(client.has("request-purpose"), "the request editor");
                }
                case "save draft" -> {
                    int purpose = client.node("request-purpose");
                    expect(purpose >= 0, "a request editor to write in");
                    String text = "Formålet er at få lægens vurdering af skånehensyn, udkast "
                            + ThreadLocalRandom.current().nextInt(1_000_000);
                    String answer = client.change(purpose, "value", text, "input", -1);
                    expect(answer.contains("\"data-saves\""), "the draft saved");
                }
                case "read form" -> {
                    client.forget("form-title");
                    client.navigate(pick(forms));
                    expect(client.has("form-title"), "the form");
                }
                default -> throw new IllegalArgumentException(action);
            }
        }

        /**
         * Chooses an option of an open question on the knowledge check shown and clicks "Answer" (the
         * group's value and the click in one request); on a check with every question answered right,
         * opens the next module's.
         */
        private void answer() throws Exception {
            for (int tries = 0; tries <= quizzes.size(); tries++) {
                if (answerAnOpenQuestion()) {
                    return;
                }
                int again = tryAgainButton();
                if (again >= 0) {
                    client.clickNode(again);
                    if (answerAnOpenQuestion()) {
                        return;
                    }
                }
                client.navigate(pick(quizzes));
            }
            throw new AssertionError("no open question in any knowledge check");
        }

        private boolean answerAnOpenQuestion() throws Exception {
            for (int group : client.withTag("vaadin-radio-group")) {
                if ("true".equals(client.value(group, "readonly"))) {
                    continue;
                }
                List<String> keys = client.children(group).stream()
                        .map(option -> client.value(option, "value"))
                        .filter(k -> k != null)
                        .toList();
                int button = answerButton(group);
                if (!keys.isEmpty() && button >= 0) {
                    String answer = client.change(group, "value", pick(keys), "value-changed", button);
                    expect(answer.contains("\"data-answered\""), "the question answered");
                    return true;
                }
            }
            return false;
        }

        /** A "Try again" button of a question answered wrong, or -1. */
        private int tryAgainButton() {
            for (int button : client.withTag("vaadin-button")) {
                if (client.children(button).stream().anyMatch(t -> TRY_AGAIN.equals(client.value(t, "text")))) {
                    return button;
                }
            }
            return -1;
        }

        /** The "Answer" button: the button that follows the group in its question card. */
        private int answerButton(int group) {
            for (int card : client.withTag("div")) {
                List<Integer> children = client.children(card);
                int at = children.indexOf(group);
                if (at >= 0 && at + 1 < children.size()) {
                    return children.get(at + 1);
                }
            }
            return -1;
        }

        private static void expect(boolean condition, String what) {
            if (!condition) {
                throw new AssertionError("the server's answer did not show " + what);
            }
        }
    }

    private static String pick(List<String> from) {
        return from.get(ThreadLocalRandom.current().nextInt(from.size()));
    }
}
