package dk.attestkursus.myths.domain;

import dk.attestkursus.kernel.BaseEntity;
import dk.attestkursus.myths.MythAnswer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A participant's vote in a live poll. One per participant per poll (unique in the database). */
@Entity
@Table(name = "live_vote")
public class LiveVote extends BaseEntity {

    @Column(name = "poll_id", nullable = false)
    private long pollId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MythAnswer answer;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    @SuppressWarnings("NullAway.Init")
    protected LiveVote() {
        // for JPA
    }

    public LiveVote(long pollId, long accountId, MythAnswer answer, Instant votedAt) {
        this.pollId = pollId;
        this.accountId = accountId;
        this.answer = answer;
        this.votedAt = votedAt;
    }

    public MythAnswer getAnswer() {
        return answer;
    }

    public long getPollId() {
        return pollId;
    }

    public Instant getVotedAt() {
        return votedAt;
    }
}
