package dk.attestkursus.myths;

import dk.attestkursus.courserun.CourseRunId;
import java.time.Instant;

/**
 * A poll with its raw votes, as read from the database. Never leaves this package: the service
 * turns it into a {@link LivePollSnapshot} for the screen that asked, with the group rule applied
 * for instructors and no votes for participants.
 */
record PollMoment(
        PollId pollId, CourseRunId runId, String mythId, PollState state, PollCounts votes, Instant openedAt) {

    LivePollSnapshot forInstructors(int people) {
        return new LivePollSnapshot(pollId, runId, mythId, state, AnswerCounts.of(people, votes), openedAt);
    }

    LivePollSnapshot forParticipants() {
        return new LivePollSnapshot(pollId, runId, mythId, state, AnswerCounts.NOT_FOR_PARTICIPANTS, openedAt);
    }
}
