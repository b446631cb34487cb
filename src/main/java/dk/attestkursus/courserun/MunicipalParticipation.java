package dk.attestkursus.courserun;

/** A municipality's participation in the course: runs held, caseworkers enrolled and attended. */
public record MunicipalParticipation(int runsHeld, int enrolled, int attended) {

    public MunicipalParticipation plus(MunicipalParticipation other) {
        return new MunicipalParticipation(
                runsHeld + other.runsHeld, enrolled + other.enrolled, attended + other.attended);
    }
}
