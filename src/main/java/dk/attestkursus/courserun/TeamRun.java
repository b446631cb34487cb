package dk.attestkursus.courserun;

/** A run that members of a leader's team are enrolled in, with how many of them and how many came. */
public record TeamRun(CourseRunSummary run, int teamMembersEnrolled, int teamMembersAttended) {}
