package dk.attestkursus.base;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Signals between the platform's instances (decision 031): a feature whose change must reach screens on
 * every instance (a live poll's votes, the session an instructor moves on) publishes a short signal after
 * its commit, and every <em>other</em> instance's listener for that topic gets it; the instance that made
 * the change delivers to its own screens directly, as before.
 *
 * <p>On PostgreSQL the signal is a {@code NOTIFY} on the schema's channel, heard by one connection per
 * instance that listens outside the pool; no broker, no table. On H2 (one instance by definition) the
 * platform has nobody to tell and {@link #publish} does nothing. A signal says <em>what</em> changed (a
 * run, a poll), never the content: the listener reads the new state from the shared database. A signal
 * lost while the listening connection is re-established leaves the screens on that instance one change
 * behind until the next; every snapshot orders itself, so nothing is shown out of order.
 */
@Component
public class ClusterSignals implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterSignals.class);
    /** NOTIFY's payload limit is 8,000 bytes; signals are far smaller, this is the guard. */
    private static final int MAX_PAYLOAD_BYTES = 7_900;

    private final MunicipalJdbc jdbc;
    private final boolean enabled;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean listening;
    private volatile String channel = "";
    private ExecutorService sender;
    private Thread listener;

    ClusterSignals(MunicipalJdbc jdbc, @Value("${attestkursus.cluster.signals:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    /** Registers {@code handler} for the signals of {@code topic} that other instances publish. */
    public void listen(String topic, Consumer<String> handler) {
        handlers.computeIfAbsent(requireTopic(topic), k -> new CopyOnWriteArrayList<>())
                .add(handler);
    }

    /**
     * Tells the other instances that something of {@code topic} changed. Call it after the change is
     * committed; it returns at once (the signal is sent from a thread of its own, in the order published).
     */
    public void publish(String topic, String payload) {
        if (!running || sender == null) {
            return;
        }
        String message = instance + "|" + requireTopic(topic) + "|" + payload;
        if (message.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("A signal carries ids, not content: " + topic);
        }
        sender.execute(() -> {
            try {
                jdbc.signal(channel, message);
            } catch (RuntimeException e) {
                LOG.warn("Could not signal the other instances ({}); their screens stay one change behind", topic, e);
            }
        });
    }

    /** Whether signals travel between instances here (PostgreSQL, switched on). */
    public boolean active() {
        return running && sender != null;
    }

    /** Whether the listening connection is up (for the health check and tests). */
    public boolean listening() {
        return listening;
    }

    /** How many signals of other instances this one has received. */
    public long received() {
        return received.get();
    }

    @Override
    public void start() {
        running = true;
        if (!enabled || !jdbc.signalsBetweenInstances()) {
            return;
        }
        channel = jdbc.signalChannel();
        sender = Executors.newSingleThreadExecutor(r -> daemon(r, "cluster-signal-send"));
        listener = daemon(this::listenLoop, "cluster-signal-listen");
        listener.start();
        LOG.info("Signals between instances on channel {} (this instance: {})", channel, instance);
    }

    private void listenLoop() {
        while (running) {
            try (MunicipalJdbc.SignalListener connection = jdbc.listen(channel)) {
                listening = true;
                while (running) {
                    connection.await(500).forEach(this::dispatch);
                }
            } catch (Exception e) {
                listening = false;
                if (running) {
                    LOG.warn("The signal connection between instances broke; trying again in 2 s", e);
                    awaitStop(2_000);
                }
            }
        }
        listening = false;
    }

    private void dispatch(String message) {
        String[] parts = message.split("\\|", 3);
        if (parts.length < 3 || parts[0].equals(instance)) {
            return; // this instance's own signal: its screens were told directly
        }
        received.incrementAndGet();
        for (Consumer<String> handler : handlers.getOrDefault(parts[1], List.of())) {
            try {
                handler.accept(parts[2]);
            } catch (RuntimeException e) {
                LOG.warn("A signal of another instance could not be handled ({})", parts[1], e);
            }
        }
    }

    private void awaitStop(long millis) {
        try {
            stopping.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void stop() {
        running = false;
        stopping.countDown();
        if (sender != null) {
            sender.shutdown();
        }
        if (listener != null) {
            try {
                listener.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static String requireTopic(String topic) {
        if (topic.isEmpty() || topic.contains("|")) {
            throw new IllegalArgumentException("Not a signal topic: " + topic);
        }
        return topic;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
