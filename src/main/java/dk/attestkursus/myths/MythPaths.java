package dk.attestkursus.myths;

/** Addresses of the myth views, for links from other features (views themselves are package-private). */
public final class MythPaths {

    /** The caseworker's myths to guess before the session. */
    public static final String MYTHS = "kursus/myter";
    /** The caseworker's page for following the session live. */
    public static final String LIVE = "kursus/live";

    private MythPaths() {
    }
}
