package dk.attestkursus.myths;

import dk.attestkursus.courserun.CourseRunId;
import java.time.Instant;

/**
 * A live poll as one moment shows it. Snapshots of a run can arrive out of order (they are pushed
 * from several threads); {@link #isNewerThan} orders them: a later poll, then a later state, then
 * more votes (votes are never taken back).
 *
 * @param counts the votes so far; {@link PollCounts#NONE} in snapshots for participants
 */
public record LivePollSnapshot(long pollId, CourseRunId runId, String mythId, PollState state, PollCounts counts,
        Instant openedAt) {

    public boolean isNewerThan(LivePollSnapshot other) {
        if (pollId != other.pollId) {
            return pollId > other.pollId;
        }
        if (state != other.state) {
            return state.compareTo(other.state) > 0;
        }
        return counts.total() > other.counts.total();
    }

    /** The same moment without the votes: what a participant may see. */
    public LivePollSnapshot withoutCounts() {
        return new LivePollSnapshot(pollId, runId, mythId, state, PollCounts.NONE, openedAt);
    }
}
