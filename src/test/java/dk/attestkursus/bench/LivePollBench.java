package dk.attestkursus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Myth;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.Browser;
import dk.attestkursus.e2e.TestAccounts;
import dk.attestkursus.e2e.Texts;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.PollHostPage;
import dk.attestkursus.myths.AnswerCounts;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Benchmark, not a test of speed: prints how long it takes from a caseworker's vote to the
 * instructor's count changing, with {@value #DEFAULT_VOTERS} voters at once while
 * {@value #DEFAULT_OTHERS} other sessions are open. Run with {@code ./mvnw -B verify -Pbench}.
 *
 * <p>Every voter and every other session is a real logged-in session with a live UI and an open
 * push WebSocket ({@link VaadinClient}); the votes are real button clicks sent as the browser's
 * Vaadin client sends them. The instructor's screen is headless Chromium: a MutationObserver
 * stamps each change of how many have voted (the turnout line: the split itself is shown only from
 * the fifth vote, decision 016). A vote's latency is from the moment its click is sent to
 * the first moment the instructor's total includes it (votes ranked by when the server answered
 * the click). The clock is the same machine's, in milliseconds.
 */
@IntegrationTest
class LivePollBench {

    static final int DEFAULT_VOTERS = 30;
    static final int DEFAULT_OTHERS = 200;

    @RegisterExtension
    static final Browser instructorScreen = Browser.danish();

    private static final int VOTERS = Integer.getInteger("bench.voters", DEFAULT_VOTERS);
    private static final int OTHERS = Integer.getInteger("bench.others", DEFAULT_OTHERS);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 10);
    private static final String[] ANSWERS = {"myth", "fact", "dont_know"};

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseContent content;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @LocalServerPort
    int port;

    @Test
    void vote_to_instructor_count() throws Exception {
        String base = "http://localhost:" + port;
        TestAccounts testAccounts = new TestAccounts(accounts, contexts);
        List<Myth> myths = fixtures.as("admin", () -> content.course().myths());
        CourseRunId run = fixtures.run("Benchmark-hold", Instant.now().plus(1, ChronoUnit.HOURS));
        CreatedAccount teacher = testAccounts.create("bench-underviser", Role.INSTRUCTOR);
        fixtures.enrol(run, teacher.account().username(), EnrolmentRole.INSTRUCTOR);

        ExecutorService pool = Executors.newFixedThreadPool(Math.max(VOTERS, 8));
        List<VaadinClient> others = new ArrayList<>();
        List<VaadinClient> voters = new ArrayList<>();
        try {
            long setup = System.nanoTime();
            // The other sessions: caseworkers of ten other runs, each on the live page with push open.
            List<CourseRunId> otherRuns = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                otherRuns.add(fixtures.run("Andet hold " + i, Instant.now().plus(1, ChronoUnit.HOURS)));
            }
            others.addAll(sessions(pool, base, OTHERS, i -> otherRuns.get(i % otherRuns.size()), testAccounts));
            voters.addAll(sessions(pool, base, VOTERS, i -> run, testAccounts));
            // Instructors see votes only in a run of five or more (decision 016): a smaller bench run
            // gets idle participants who do not vote.
            for (int i = VOTERS; i < AnswerCounts.MIN_GROUP; i++) {
                fixtures.enrol(run, fixtures.account("bench-stille", Role.PARTICIPANT), EnrolmentRole.PARTICIPANT);
            }
            System.out.printf(
                    Locale.ROOT,
                    "bench: %d other sessions and %d voters logged in with push in %.1f s%n",
                    others.size(),
                    voters.size(),
                    (System.nanoTime() - setup) / 1e9);

            LoginPage.open(instructorScreen).login(teacher.account().username(), teacher.initialPassword());
            PollHostPage host = PollHostPage.open(instructorScreen);
            instructorScreen.script("""
                    window.__totals = [];
                    let last = null;
                    new MutationObserver(() => {
                      // How many have voted: shown from the first vote in a group of five or more, while
                      // the split waits for five votes (decision 016).
                      const el = document.getElementById('live-turnout');
                      const m = el && el.textContent.match(/\\d+/);
                      const total = m ? parseInt(m[0], 10) : null;
                      if (total !== last) { last = total; window.__totals.push([Date.now(), total]); }
                    }).observe(document.body, {subtree: true, childList: true, characterData: true});""");

            List<Long> latencies = new ArrayList<>();
            List<Long> clicks = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                Myth myth = myths.get(round % myths.size());
                voters.forEach(v -> v.forget("vote-myth"));
                host.openPoll(myth.id());
                waitUntil(() -> voters.stream().allMatch(v -> v.has("vote-myth")), "every voter sees the poll");
                instructorScreen.script("window.__totals = [];");

                CountDownLatch start = new CountDownLatch(1);
                List<Callable<long[]>> votes = new ArrayList<>();
                for (int i = 0; i < voters.size(); i++) {
                    VaadinClient voter = voters.get(i);
                    String answer = ANSWERS[(i + round) % ANSWERS.length];
                    votes.add(() -> {
                        start.await();
                        long sent = System.currentTimeMillis();
                        voter.click("vote-" + answer);
                        return new long[] {sent, System.currentTimeMillis()};
                    });
                }
                List<Future<long[]>> futures = new ArrayList<>();
                votes.forEach(v -> futures.add(pool.submit(v)));
                start.countDown();
                List<long[]> times = new ArrayList<>();
                for (Future<long[]> f : futures) {
                    times.add(f.get(60, TimeUnit.SECONDS));
                }
                host.panel()
                        .waitForText(
                                "live-turnout",
                                Texts.DA.get(
                                        "polls.turnout",
                                        voters.size(),
                                        Math.max(voters.size(), AnswerCounts.MIN_GROUP)));
                List<List<Number>> totals = instructorScreen.script("return window.__totals;");
                times.sort((a, b) -> Long.compare(a[1], b[1]));
                for (int rank = 1; rank <= times.size(); rank++) {
                    long sent = times.get(rank - 1)[0];
                    int needed = rank;
                    long seen = totals.stream()
                            .filter(t -> t.get(1) != null && t.get(1).intValue() >= needed)
                            .mapToLong(t -> t.get(0).longValue())
                            .min()
                            .orElseThrow(() -> new AssertionError("the total never reached " + needed));
                    latencies.add(seen - sent);
                    clicks.add(times.get(rank - 1)[1] - sent);
                }
                host.close();
            }
            assertThat(latencies).hasSize(ROUNDS * voters.size());
            report(latencies, clicks, others, voters);
        } finally {
            others.forEach(VaadinClient::close);
            voters.forEach(VaadinClient::close);
            pool.shutdownNow();
        }
    }

    private List<VaadinClient> sessions(
            ExecutorService pool, String base, int count, IntFunction<CourseRunId> runOf, TestAccounts testAccounts)
            throws Exception {
        List<Future<VaadinClient>> opening = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CreatedAccount account = testAccounts.create("bench", Role.PARTICIPANT);
            fixtures.enrol(runOf.apply(i), account.account().username(), EnrolmentRole.PARTICIPANT);
            opening.add(pool.submit(() -> {
                VaadinClient client = new VaadinClient(base);
                client.login(account.account().username(), account.initialPassword());
                client.open("kursus/live");
                client.connectPush();
                return client;
            }));
        }
        List<VaadinClient> clients = new ArrayList<>();
        for (Future<VaadinClient> f : opening) {
            clients.add(f.get(120, TimeUnit.SECONDS));
        }
        return clients;
    }

    private void report(List<Long> latencies, List<Long> clicks, List<VaadinClient> others, List<VaadinClient> voters)
            throws IOException {
        String text = String.format(
                Locale.ROOT,
                """
                Live poll benchmark (%s)
                  %d voters at once, %d rounds, %d other sessions open with push; %d push messages reached the voters
                  vote -> instructor's count changed: median %d ms, p95 %d ms, max %d ms (n = %d)
                  vote click round trip (voter's own answer): median %d ms, p95 %d ms
                """,
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                VOTERS,
                ROUNDS,
                others.size(),
                voters.stream().mapToInt(VaadinClient::pushMessages).sum(),
                percentile(latencies, 50),
                percentile(latencies, 95),
                Collections.max(latencies),
                latencies.size(),
                percentile(clicks, 50),
                percentile(clicks, 95));
        BenchReport.write("live-poll", "LivePollBench", text);
    }

    /** The nearest-rank percentile. */
    static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(Duration.ofSeconds(30)).until(condition::getAsBoolean);
    }
}
