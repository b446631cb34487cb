package dk.attestkursus.privacy;

/** The addresses of the privacy pages: each constant is the route its view names (decision 019). */
public final class PrivacyPaths {

    /** "Mine data": what the platform holds about the logged-in person, and the export. */
    public static final String MY_DATA = "mine-data";
    /** The administrators' page: retention over time and the access log. */
    public static final String ADMIN = "admin/persondata";
    /** A person's data as their administrator sees it: the export and erasure. */
    public static final String PERSON_DATA = "admin/konti/:accountId(\\d+)/persondata";

    private PrivacyPaths() {}

    public static String personData(long accountId) {
        return "admin/konti/" + accountId + "/persondata";
    }
}
