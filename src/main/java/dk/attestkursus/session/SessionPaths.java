package dk.attestkursus.session;

import dk.attestkursus.courserun.CourseRunId;

/** Addresses of the session views, for links from other features. */
public final class SessionPaths {

    /** The caseworker's follow-along page for the session. */
    public static final String FOLLOW = "kursus/session";
    static final String FACILITATOR = "underviser/session";

    private SessionPaths() {
    }

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
