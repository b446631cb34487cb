package dk.attestkursus.myths;

import dk.attestkursus.courserun.CourseRunId;

/**
 * Published when a poll opens, gets a vote, is revealed or closes; delivered to screens after commit.
 *
 * @param stateChanged false for a vote (only the counts changed), true when the poll opened, was revealed or closed
 */
public record LivePollChanged(CourseRunId runId, PollId pollId, boolean stateChanged) {}
