package dk.attestkursus.myths;

import dk.attestkursus.courserun.CourseRunId;
import java.time.Instant;

/**
 * A live poll as one moment shows it. Snapshots of a run can arrive out of order (they are pushed
 * from several threads); {@link #isNewerThan} orders them: a later poll, then a later state, then
 * more answers (votes are never taken back).
 *
 * @param answers the votes so far as the screen may see them (decision 016); none for participants
 */
public record LivePollSnapshot(
        PollId pollId, CourseRunId runId, String mythId, PollState state, AnswerCounts answers, Instant openedAt) {

    public boolean isNewerThan(LivePollSnapshot other) {
        if (!pollId.equals(other.pollId)) {
            return pollId.isAfter(other.pollId);
        }
        if (state != other.state) {
            return state.compareTo(other.state) > 0;
        }
        return answers.answered() > other.answers.answered();
    }

    /** The same moment without the votes: what a participant may see. */
    public LivePollSnapshot withoutCounts() {
        return new LivePollSnapshot(pollId, runId, mythId, state, AnswerCounts.NOT_FOR_PARTICIPANTS, openedAt);
    }
}
