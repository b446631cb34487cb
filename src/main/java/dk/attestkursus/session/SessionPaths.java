package dk.attestkursus.session;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.myths.MythPaths;

/** Addresses of the session views, for links from other features. */
public final class SessionPaths {

    /**
     * The caseworker's one page for the session ("I sessionen"): the live poll and the block the
     * session is in. Its address is the one the myths feature has always linked to.
     */
    public static final String FOLLOW = MythPaths.LIVE;
    /** The address of the former "Følg sessionen" page, which now leads to {@link #FOLLOW}. */
    public static final String OLD_FOLLOW = "kursus/session";

    static final String FACILITATOR = "underviser/session";

    private SessionPaths() {}

    public static String facilitator(CourseRunId run) {
        return FACILITATOR + "/" + run.value();
    }

    public static String presentation(CourseRunId run) {
        return facilitator(run) + "/praesentation";
    }

    public static String programme(CourseRunId run) {
        return facilitator(run) + "/program";
    }
}
