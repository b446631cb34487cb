package dk.attestkursus.runmails;

import dk.attestkursus.base.Routes;
import dk.attestkursus.courserun.CourseRunId;

/** The address of a run's mail page, for its route and the run page's link. */
public final class RunMailPaths {

    /** The instructors' page of a run's mails: send times, previews, what went out. */
    public static final String RUN_MAILS = "underviser/hold/:runId(\\d+)/mails";

    private RunMailPaths() {}

    /** The instructors' page of a run's mails: send times, previews, what went out. */
    public static String mails(CourseRunId run) {
        return Routes.fill(RUN_MAILS, run.value());
    }
}
