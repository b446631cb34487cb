package dk.attestkursus.courserun;

import dk.attestkursus.base.Routes;
import dk.attestkursus.base.ui.StartPages;

/**
 * The addresses of the course-run pages: each constant is the route its view names, and links fill
 * it (decision 019). Views are package-private; other features link with these.
 */
public final class RunPaths {

    /** The list of runs an instructor or administrator manages. */
    public static final String RUNS = "hold";
    /** A new run. */
    public static final String NEW_RUN = "hold/ny";
    /** Where a caseworker checks in with the code on the screen. */
    public static final String CHECK_IN = "kursus/tjek-ind";
    /** A run's page: details, participants, attendance. */
    public static final String RUN = "hold/:runId(\\d+)";
    /** A run's details in the editor. */
    public static final String EDIT = "hold/:runId(\\d+)/rediger";
    /** The instructor's start page. */
    public static final String INSTRUCTOR_HOME = StartPages.INSTRUCTOR;
    /** The leader's start page. */
    public static final String LEADER_HOME = StartPages.LEADER;

    private RunPaths() {}

    /** A run's page: details, participants, attendance. */
    public static String run(CourseRunId id) {
        return Routes.fill(RUN, id.value());
    }

    public static String edit(CourseRunId id) {
        return Routes.fill(EDIT, id.value());
    }
}
