package dk.attestkursus.kernel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;

/**
 * At most {@code capacity} events per key (a client address, or a name and an address) in each
 * {@code period}: a token bucket per key (Bucket4j), refilled whole at the end of each period, kept in a
 * bounded cache (Caffeine) that forgets a key a period after its last event. Held in memory per instance
 * (decision 029): two instances behind the load balancer allow twice as many, which still stops a flood.
 * Time comes from the application's {@link Clock}, so tests can move it.
 */
public final class ClientRateLimit {

    /** Most keys kept at once; beyond it the least recently used are forgotten (a flood of addresses). */
    static final long MAX_KEYS = 100_000;

    private final int capacity;
    private final Duration period;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public ClientRateLimit(int capacity, Duration period, Clock clock) {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("capacity " + capacity + ", period " + period);
        }
        this.capacity = capacity;
        this.period = period;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterAccess(period)
                .ticker(time::currentTimeNanos)
                .build();
    }

    /** Counts one event for the key; false (and nothing counted) when its events of this period are used up. */
    public boolean tryAcquire(String key) {
        return bucket(key).tryConsume(1);
    }

    /** Whether the key has no event left in this period, without counting one. */
    public boolean exhausted(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket != null && bucket.getAvailableTokens() < 1;
    }

    /** Counts one event for the key even when none is left (a failure that already happened). */
    public void record(String key) {
        bucket(key).consumeIgnoringRateLimits(1);
    }

    /** Forgets the key's events (after a successful login, say). */
    public void reset(String key) {
        buckets.invalidate(key);
    }

    /** The period a used-up key waits at most, for messages that name it. */
    public Duration period() {
        return period;
    }

    private Bucket bucket(String key) {
        return buckets.get(
                key,
                k -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, period))
                        .withCustomTimePrecision(time)
                        .build());
    }
}
