package dk.attestkursus.myths;

import com.vaadin.flow.shared.Registration;
import dk.attestkursus.base.AfterCommit;
import dk.attestkursus.base.ClusterSignals;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.myths.domain.LivePollRepository;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.SystemUser;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers a run's poll changes to the screens watching that run, after the change is committed.
 * Changes are coalesced per run (see {@link Pending}) and delivered one at a time per run: one
 * snapshot is read per delivery and handed to every subscriber on a small pool of threads, so the
 * voter's request does not wait for the screens. Access is checked when a screen subscribes: a
 * member removed from the run keeps getting updates on an open page until it is reloaded. Snapshots may arrive out of order; screens
 * keep the newest ({@link LivePollSnapshot#isNewerThan}). Participants' screens are told only of
 * state changes, never of a vote.
 *
 * <p>Subscribers live in this instance's memory. With several instances behind a load balancer, each
 * change is also signalled to the other instances ({@link ClusterSignals}, decision 031), whose
 * broadcasters read the new state from the shared database and deliver it to their own screens.
 */
@Component
class LivePollBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(LivePollBroadcaster.class);
    /** The signal topic between instances; the payload is {@code run,poll,stateChanged(0|1),municipality}. */
    static final String SIGNAL = "live-poll";

    private record Subscriber(Consumer<PollMoment> listener, boolean withCounts) {}

    private final Map<Long, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final ExecutorService executor;
    private final SystemUser system;
    private final MunicipalScope scope;
    private final LivePollRepository polls;
    private final PollSnapshots snapshots;
    private final TransactionTemplate readOnly;
    private final ClusterSignals signals;

    LivePollBroadcaster(
            LivePollRepository polls,
            PollSnapshots snapshots,
            PlatformTransactionManager transactions,
            SystemUser system,
            MunicipalScope scope,
            ClusterSignals signals) {
        this.signals = signals;
        this.system = system;
        this.scope = scope;
        this.polls = polls;
        this.snapshots = snapshots;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "live-poll-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        signals.listen(SIGNAL, this::onSignal);
    }

    /**
     * Registers a screen for a run's changes; {@code withCounts} only for the run's instructors. The
     * listener gets the raw votes: {@link LivePollService#subscribe} turns them into what the screen may see.
     */
    Registration subscribe(CourseRunId runId, Consumer<PollMoment> listener, boolean withCounts) {
        Subscriber subscriber = new Subscriber(listener, withCounts);
        // Add inside compute: a concurrent removal of the run's last subscriber cannot drop this one.
        subscribers.compute(runId.value(), (k, list) -> {
            List<Subscriber> target = list == null ? new CopyOnWriteArrayList<>() : list;
            target.add(subscriber);
            return target;
        });
        return () -> subscribers.computeIfPresent(runId.value(), (k, list) -> {
            list.remove(subscriber);
            return list.isEmpty() ? null : list;
        });
    }

    int subscriberCount(CourseRunId runId) {
        return subscribers.getOrDefault(runId.value(), List.of()).size();
    }

    /** Takes a change on after its transaction commits ({@link AfterCommit}: not a transactional event listener). */
    @EventListener
    void on(LivePollChanged change) {
        // the voter's or instructor's municipality: the delivery thread reads the poll within it (decision 020)
        long municipality = scope.current().map(MunicipalityId::value).orElse(0L);
        AfterCommit.run(() -> {
            signals.publish(
                    SIGNAL,
                    change.runId().value() + "," + change.pollId().value() + "," + (change.stateChanged() ? 1 : 0) + ","
                            + municipality);
            changed(change.runId(), change.pollId().value(), change.stateChanged(), municipality);
        });
    }

    /** Another instance changed a poll: its screens here are told as if the change were made here. */
    private void onSignal(String payload) {
        String[] p = payload.split(",");
        changed(new CourseRunId(Long.parseLong(p[0])), Long.parseLong(p[1]), "1".equals(p[2]), Long.parseLong(p[3]));
    }

    private void changed(CourseRunId runId, long pollId, boolean stateChanged, long municipality) {
        if (!subscribers.containsKey(runId.value())) {
            return;
        }
        Pending pending = this.pending.computeIfAbsent(runId.value(), k -> new Pending());
        if (municipality != 0) {
            pending.municipality.set(municipality);
        }
        pending.pollId.accumulateAndGet(pollId, Math::max);
        if (stateChanged) {
            pending.stateChanged.set(true);
        }
        pending.dirty.set(true);
        if (pending.scheduled.compareAndSet(false, true)) {
            executor.execute(() -> deliverAll(runId, pending));
        }
    }

    /** Delivers until no change is left; one delivery at a time per run, so screens get snapshots in order. */
    private void deliverAll(CourseRunId runId, Pending pending) {
        while (true) {
            while (pending.dirty.getAndSet(false)) {
                deliver(runId, pending);
            }
            pending.scheduled.set(false);
            // A change that came after the last check but before the flag was cleared found it set:
            // take it on here, unless another thread already has.
            if (!pending.dirty.get() || !pending.scheduled.compareAndSet(false, true)) {
                return;
            }
        }
    }

    /**
     * Changes of a run waiting to be delivered. A class voting at once gives one delivery per
     * moment, not one per vote: changes that arrive while a delivery is waiting join it, and the
     * delivery reads the newest counts. A change that arrives after the read starts a new one.
     */
    private static final class Pending {
        final AtomicBoolean scheduled = new AtomicBoolean();
        final AtomicBoolean dirty = new AtomicBoolean();
        final AtomicBoolean stateChanged = new AtomicBoolean();
        final AtomicLong pollId = new AtomicLong();
        final AtomicLong municipality = new AtomicLong();
    }

    private void deliver(CourseRunId runId, Pending pending) {
        boolean stateChanged = pending.stateChanged.getAndSet(false);
        long pollId = pending.pollId.get();
        MunicipalityId municipality = new MunicipalityId(pending.municipality.get());
        PollMoment snapshot = system.call(() -> scope.within(
                municipality,
                () -> readOnly.execute(
                        tx -> polls.findById(pollId).map(snapshots::of).orElse(null))));
        if (snapshot == null) {
            return;
        }
        for (Subscriber subscriber : subscribers.getOrDefault(runId.value(), List.of())) {
            if (!subscriber.withCounts() && !stateChanged) {
                continue; // a vote changes nothing a participant sees
            }
            try {
                subscriber.listener().accept(snapshot);
            } catch (RuntimeException e) {
                LOG.warn("A live-poll screen could not be updated", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
