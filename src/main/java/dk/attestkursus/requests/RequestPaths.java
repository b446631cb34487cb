package dk.attestkursus.requests;

import dk.attestkursus.base.Routes;

/**
 * The addresses of the request pages: each constant is the route its view names, and links fill it
 * (decision 019). Views are package-private; other features link with these.
 */
public final class RequestPaths {

    /** The caseworker's list of writing exercises. */
    public static final String EXERCISES = "kursus/anmodninger";
    /** The caseworker's editor for one exercise. */
    public static final String EXERCISE = "kursus/anmodninger/:exercise";
    /** The instructors' queue of submitted requests. */
    public static final String REVIEWS = "underviser/anmodninger";
    /** An instructor's review of one submitted version. */
    public static final String REVIEW = "underviser/anmodninger/:version";

    private RequestPaths() {}

    public static String exercise(String exerciseId) {
        return Routes.fill(EXERCISE, exerciseId);
    }

    public static String review(RequestVersionId version) {
        return Routes.fill(REVIEW, version.value());
    }
}
