package dk.attestkursus.session;

import com.vaadin.flow.shared.Registration;
import dk.attestkursus.base.AfterCommit;
import dk.attestkursus.base.ClusterSignals;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.SystemUser;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands a run's session changes to the screens watching it, after commit and off the clicking
 * instructor's request. Changes are rare (a block or slide advance), so each is delivered as it
 * comes, in order, on one thread; screens keep the newest snapshot by version. Like the live
 * polls (decision 005), subscribers live in this instance's memory; each change is also signalled to
 * the other instances (decision 031), which read the session from the shared database for their own
 * screens.
 */
@Component
class SessionBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(SessionBroadcaster.class);
    /** The signal topic between instances; the payload is {@code run,municipality}. */
    static final String SIGNAL = "session";

    private final Map<Long, List<Consumer<SessionSnapshot>>> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "session-push");
        t.setDaemon(true);
        return t;
    });
    private final ClusterSignals signals;
    private final MunicipalScope scope;
    private final SystemUser system;
    private final RunRosterService rosters;
    private final SessionState state;
    private final TransactionTemplate readOnly;

    SessionBroadcaster(
            ClusterSignals signals,
            MunicipalScope scope,
            SystemUser system,
            RunRosterService rosters,
            SessionState state,
            PlatformTransactionManager transactions) {
        this.signals = signals;
        this.scope = scope;
        this.system = system;
        this.rosters = rosters;
        this.state = state;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        signals.listen(SIGNAL, this::onSignal);
    }

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
        CourseRunId runId = change.snapshot().runId();
        Optional<MunicipalityId> municipality = scope.current();
        AfterCommit.run(() -> {
            municipality.ifPresent(m -> signals.publish(SIGNAL, runId.value() + "," + m.value()));
            deliver(runId, () -> Optional.of(change.snapshot()));
        });
    }

    /** Another instance changed a run's session: read it within the run's municipality and tell the screens here. */
    private void onSignal(String payload) {
        String[] p = payload.split(",");
        CourseRunId runId = new CourseRunId(Long.parseLong(p[0]));
        MunicipalityId municipality = new MunicipalityId(Long.parseLong(p[1]));
        deliver(
                runId,
                () -> system.call(() ->
                        scope.within(municipality, () -> readOnly.execute(tx -> state.current(rosters.run(runId))))));
    }

    private void deliver(CourseRunId runId, Supplier<Optional<SessionSnapshot>> snapshot) {
        List<Consumer<SessionSnapshot>> list = subscribers.get(runId.value());
        if (list == null) {
            return;
        }
        executor.execute(() -> {
            try {
                snapshot.get()
                        .ifPresent(s -> list.forEach(listener -> {
                            try {
                                listener.accept(s);
                            } catch (RuntimeException e) {
                                LOG.warn("A session screen could not be updated", e);
                            }
                        }));
            } catch (RuntimeException e) {
                LOG.warn("A session change of another instance could not be read", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
