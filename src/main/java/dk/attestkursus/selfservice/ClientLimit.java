package dk.attestkursus.selfservice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code max} requests per client address in a sliding window, kept in memory (per instance: two
 * instances allow twice as many, which still stops a flood; the per-account limit is in the database).
 */
final class ClientLimit {

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> seen = new HashMap<>();

    ClientLimit(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** Counts a request from the address; false when it is one too many. One request at a time (a rare page). */
    synchronized boolean allow(String address) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        if (seen.size() > 10_000) {
            seen.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(since));
        }
        Deque<Instant> times = seen.computeIfAbsent(address, a -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.pollFirst();
        }
        if (times.size() >= max) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
