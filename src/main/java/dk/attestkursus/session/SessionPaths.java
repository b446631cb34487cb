package dk.attestkursus.session;

import dk.attestkursus.base.Routes;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.myths.MythPaths;

/**
 * The addresses of the session pages: each constant is the route its view names, and links fill it
 * (decision 019). Views are package-private; other features link with these.
 */
public final class SessionPaths {

    /**
     * The caseworker's one page for the session ("I sessionen"): the live poll and the block the
     * session is in. Its address is the one the myths feature has always linked to.
     */
    public static final String FOLLOW = MythPaths.LIVE;
    /** The address of the former "Følg sessionen" page, which now leads to {@link #FOLLOW}. */
    public static final String OLD_FOLLOW = "kursus/session";

    /** The facilitator view both instructors follow during the session. */
    public static final String FACILITATOR = "underviser/session/:runId(\\d+)";
    /** The projector's slides. */
    public static final String PRESENTATION = "underviser/session/:runId(\\d+)/praesentation";
    /** The run's own copy of the programme. */
    public static final String PROGRAMME = "underviser/session/:runId(\\d+)/program";

    private SessionPaths() {}

    public static String facilitator(CourseRunId run) {
        return Routes.fill(FACILITATOR, run.value());
    }

    public static String presentation(CourseRunId run) {
        return Routes.fill(PRESENTATION, run.value());
    }

    public static String programme(CourseRunId run) {
        return Routes.fill(PROGRAMME, run.value());
    }
}
