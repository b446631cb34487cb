package dk.attestkursus.courserun.domain;

/** Whether an enrolled account takes the course or teaches it. */
public enum EnrolmentRole {
    PARTICIPANT,
    INSTRUCTOR
}
