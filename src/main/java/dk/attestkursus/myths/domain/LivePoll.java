package dk.attestkursus.myths.domain;

import dk.attestkursus.kernel.VersionedEntity;
import dk.attestkursus.myths.PollState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A myth opened as a live poll in a run: open → revealed → closed, never back. Records who did
 * each step, so both co-instructors can see who drove it.
 */
@Entity
@Table(name = "live_poll")
public class LivePoll extends VersionedEntity {

    @Column(name = "course_run_id", nullable = false)
    private long courseRunId;

    @Column(name = "myth_id", nullable = false)
    private String mythId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PollState state;

    /** The run while the poll is live; null once closed (at most one live poll per run). */
    @Column(name = "active_run_id")
    private @Nullable Long activeRunId;

    @Column(name = "opened_by", nullable = false)
    private long openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "revealed_by")
    private @Nullable Long revealedBy;

    @Column(name = "revealed_at")
    private @Nullable Instant revealedAt;

    @Column(name = "closed_by")
    private @Nullable Long closedBy;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @SuppressWarnings("NullAway.Init")
    protected LivePoll() {
        // for JPA
    }

    public LivePoll(long courseRunId, String mythId, long openedBy, Instant openedAt) {
        this.courseRunId = courseRunId;
        this.mythId = mythId;
        this.state = PollState.OPEN;
        this.activeRunId = courseRunId;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** Shows the answer and stops the voting. Revealing again changes nothing; a closed poll cannot be revealed. */
    public void reveal(long by, Instant at) {
        if (state == PollState.CLOSED) {
            throw new IllegalStateException("poll " + getId() + " is closed");
        }
        if (state == PollState.OPEN) {
            state = PollState.REVEALED;
            revealedBy = by;
            revealedAt = at;
        }
    }

    /** Ends the poll, revealed or not. Closing again changes nothing. */
    public void close(long by, Instant at) {
        if (state != PollState.CLOSED) {
            state = PollState.CLOSED;
            activeRunId = null;
            closedBy = by;
            closedAt = at;
        }
    }

    public boolean acceptsVotes() {
        return state == PollState.OPEN;
    }

    public long getCourseRunId() {
        return courseRunId;
    }

    public String getMythId() {
        return mythId;
    }

    public PollState getState() {
        return state;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public long getOpenedBy() {
        return openedBy;
    }

    public @Nullable Instant getRevealedAt() {
        return revealedAt;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public @Nullable Long getRevealedBy() {
        return revealedBy;
    }

    public @Nullable Long getClosedBy() {
        return closedBy;
    }
}
