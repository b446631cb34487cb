package dk.attestkursus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** What the simulated users of one soak share: the stop signal, and what they did and saw. */
final class SoakRun {

    private final SoakConfig config;
    private final String baseUrl;
    private final long startNanos = System.nanoTime();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Map<String, int[]> journeysByRole = new TreeMap<>();
    private final Map<String, List<Long>> actionMillis = new TreeMap<>();
    private final List<Long> windowMillis = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<Double> leftBehind = new ArrayList<>();
    private final List<String> appWarnings = new ArrayList<>();
    private final List<String> mailTotals = new ArrayList<>();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger returned = new AtomicInteger();
    private int appWarningCount;

    SoakRun(SoakConfig config, String baseUrl) {
        this.config = config;
        this.baseUrl = baseUrl;
    }

    SoakConfig config() {
        return config;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Minutes since the users were let loose. */
    double minute() {
        return (System.nanoTime() - startNanos) / 60e9;
    }

    boolean stopping() {
        return stop.getCount() == 0;
    }

    void stop() {
        stop.countDown();
    }

    /** Waits for the time given, or less if the soak ends meanwhile; true if it has ended. */
    boolean awaitStop(Duration time) {
        try {
            return stop.await(time.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    synchronized void journeyDone(String role) {
        journeysByRole.computeIfAbsent(role, r -> new int[1])[0]++;
    }

    synchronized void actionDone(String role, String action, long nanos) {
        long ms = nanos / 1_000_000;
        actionMillis
                .computeIfAbsent(role + ": " + action, a -> new ArrayList<>())
                .add(ms);
        windowMillis.add(ms);
        if (action.equals("log in")) {
            logins.incrementAndGet();
        }
    }

    /** Records a failed action (the page it happened on: {@code url}); returns the name for its screenshot. */
    synchronized String failure(SoakUser user, SoakUser.ActionFailed failed, String url) {
        String screenshot = String.format(
                Locale.ROOT, "%s-%s-%03d-%s", config.database(), user.username, failures.size() + 1, failed.action);
        Failure f = new Failure(
                minute(),
                user.username,
                user.role,
                failed.action,
                failed.kind,
                failed.getMessage(),
                url,
                failed.nanos / 1_000_000,
                screenshot);
        failures.add(f);
        System.out.println("  client failure: " + f);
        return screenshot;
    }

    synchronized void leftBehind(String username) {
        leftBehind.add(minute());
    }

    synchronized void appWarning(String username, String action, String text) {
        appWarningCount++;
        if (appWarnings.size() < 10) {
            appWarnings.add(String.format(Locale.ROOT, "min %.1f %s, %s: %s", minute(), username, action, text));
        }
    }

    synchronized void mailTotals(String totals) {
        mailTotals.add(String.format(Locale.ROOT, "min %.0f: %s", minute(), totals));
    }

    void submitted() {
        submitted.incrementAndGet();
    }

    void returned() {
        returned.incrementAndGet();
    }

    /** Actions finished since the last call, and their median time in ms; starts a new window. */
    synchronized long[] takeActionWindow() {
        List<Long> ms = new ArrayList<>(windowMillis);
        windowMillis.clear();
        ms.sort(null);
        return new long[] {ms.size(), ms.isEmpty() ? -1 : ms.get(ms.size() / 2)};
    }

    synchronized Map<String, Integer> journeysByRole() {
        Map<String, Integer> copy = new TreeMap<>();
        journeysByRole.forEach((role, n) -> copy.put(role, n[0]));
        return copy;
    }

    /** The times of each action, by "role: action". */
    synchronized Map<String, List<Long>> actionMillis() {
        Map<String, List<Long>> copy = new TreeMap<>();
        actionMillis.forEach((a, ms) -> copy.put(a, List.copyOf(ms)));
        return copy;
    }

    synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    synchronized List<Double> leftBehind() {
        return List.copyOf(leftBehind);
    }

    synchronized List<String> appWarnings() {
        return List.copyOf(appWarnings);
    }

    synchronized int appWarningCount() {
        return appWarningCount;
    }

    synchronized List<String> mailTotals() {
        return List.copyOf(mailTotals);
    }

    int logins() {
        return logins.get();
    }

    int submittedCount() {
        return submitted.get();
    }

    int returnedCount() {
        return returned.get();
    }

    /** A user action that did not complete, as the user saw it. */
    record Failure(
            double minute,
            String username,
            String role,
            String action,
            String kind,
            String message,
            String url,
            long millis,
            String screenshot) {

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "min %.1f %s: %s after %d ms at %s [%s.png]",
                    minute,
                    username,
                    message,
                    millis,
                    url,
                    screenshot);
        }
    }
}
