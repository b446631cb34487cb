package dk.attestkursus.requests;

/** Addresses of the request-writing views, for links from other features. */
public final class RequestPaths {

    /** The caseworker's list of writing exercises. */
    public static final String EXERCISES = "kursus/anmodninger";

    private RequestPaths() {}

    /** The caseworker's editor for one exercise. */
    public static String exercise(String exerciseId) {
        return EXERCISES + "/" + exerciseId;
    }
}
