package dk.attestkursus.courserun;

/** The logged-in user's place in a course run. */
public enum RunRole {
    PARTICIPANT,
    INSTRUCTOR
}
