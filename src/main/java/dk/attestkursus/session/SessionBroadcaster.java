package dk.attestkursus.session;

import com.vaadin.flow.shared.Registration;
import dk.attestkursus.base.AfterCommit;
import dk.attestkursus.courserun.CourseRunId;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands a run's session changes to the screens watching it, after commit and off the clicking
 * instructor's request. Changes are rare (a block or slide advance), so each is delivered as it
 * comes, in order, on one thread; screens keep the newest snapshot by version. Like the live
 * polls (decision 005), subscribers live in this instance's memory.
 */
@Component
class SessionBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(SessionBroadcaster.class);

    private final Map<Long, List<Consumer<SessionSnapshot>>> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "session-push");
        t.setDaemon(true);
        return t;
    });

    Registration subscribe(CourseRunId runId, Consumer<SessionSnapshot> listener) {
        subscribers.compute(runId.value(), (k, list) -> {
            List<Consumer<SessionSnapshot>> target = list == null ? new CopyOnWriteArrayList<>() : list;
            target.add(listener);
            return target;
        });
        return () -> subscribers.computeIfPresent(runId.value(), (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    int subscriberCount(CourseRunId runId) {
        return subscribers.getOrDefault(runId.value(), List.of()).size();
    }

    /** Delivers a change after its transaction commits ({@link AfterCommit}: not a transactional event listener). */
    @EventListener
    void on(SessionChanged change) {
        AfterCommit.run(() -> deliver(change));
    }

    private void deliver(SessionChanged change) {
        List<Consumer<SessionSnapshot>> list =
                subscribers.get(change.snapshot().runId().value());
        if (list == null) {
            return;
        }
        executor.execute(() -> list.forEach(listener -> {
            try {
                listener.accept(change.snapshot());
            } catch (RuntimeException e) {
                LOG.warn("A session screen could not be updated", e);
            }
        }));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
