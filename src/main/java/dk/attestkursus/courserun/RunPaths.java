package dk.attestkursus.courserun;

/** Addresses of the course-run pages, for links from other features. */
public final class RunPaths {

    /** The list of runs an instructor or administrator manages. */
    public static final String RUNS = "hold";
    /** A new run. */
    public static final String NEW_RUN = "hold/ny";
    /** Where a caseworker checks in with the code on the screen. */
    public static final String CHECK_IN = "kursus/tjek-ind";

    private RunPaths() {}

    /** A run's page: details, participants, attendance. */
    public static String run(CourseRunId id) {
        return RUNS + "/" + id.value();
    }

    public static String edit(CourseRunId id) {
        return run(id) + "/rediger";
    }
}
