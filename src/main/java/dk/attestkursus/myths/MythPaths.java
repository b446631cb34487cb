package dk.attestkursus.myths;

/** Addresses of the myth views, for links from other features (views themselves are package-private). */
public final class MythPaths {

    /** The caseworker's myths to guess before the session. */
    public static final String MYTHS = "kursus/myter";
    /**
     * The caseworker's page in the session, "I sessionen": the live poll and the block the session is
     * in. The session feature draws it, with this feature's {@code ui.LivePollVoting}.
     */
    public static final String LIVE = "kursus/live";

    private MythPaths() {}
}
