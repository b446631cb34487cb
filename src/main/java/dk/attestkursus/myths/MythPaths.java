package dk.attestkursus.myths;

import dk.attestkursus.base.Routes;

/**
 * The addresses of the myth pages: each constant is the route its view names, and links fill it
 * (decision 019). Views are package-private; other features link with these.
 */
public final class MythPaths {

    /** The caseworker's myths to guess before the session. */
    public static final String MYTHS = "kursus/myter";

    public static final String MYTH = "kursus/myter/:myth";
    /** The instructors' page for running live polls. */
    public static final String POLL_HOST = "underviser/myter";
    /**
     * The caseworker's page in the session, "I sessionen": the live poll and the block the session is
     * in. The session feature draws it, with this feature's {@code ui.LivePollVoting}.
     */
    public static final String LIVE = "kursus/live";

    private MythPaths() {}

    public static String myth(String mythId) {
        return Routes.fill(MYTH, mythId);
    }
}
