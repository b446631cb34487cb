package dk.attestkursus.certificates;

import dk.attestkursus.base.Routes;
import dk.attestkursus.courserun.CourseRunId;

/**
 * The addresses of the certificate pages: each constant is the route its view names, and links fill
 * it (decision 019).
 */
public final class CertificatePaths {

    /** The caseworker's own certificate. */
    public static final String MINE = "kursus/kursusbevis";
    /** The public verification page, with or without a code. */
    public static final String VERIFY = "bevis/:code?";
    /** A run's certificates, for its instructors and administrators. */
    public static final String RUN = "underviser/hold/:runId(\\d+)/kursusbeviser";

    private CertificatePaths() {}

    /** A run's certificates, for its instructors and administrators. */
    public static String run(CourseRunId run) {
        return Routes.fill(RUN, run.value());
    }

    /** The verification page of one certificate. */
    public static String verify(String code) {
        return Routes.fill(VERIFY, code);
    }

    /** The verification page without a code, where one can be typed. */
    public static String verify() {
        return Routes.fill(VERIFY);
    }
}
