package dk.attestkursus.certificates;

import dk.attestkursus.courserun.CourseRunId;

/** The addresses of the certificate pages. */
public final class CertificatePaths {

    /** The caseworker's own certificate. */
    public static final String MINE = "kursus/kursusbevis";
    /** The public verification page; a code follows as {@code bevis/<code>}. */
    public static final String VERIFY = "bevis";

    private CertificatePaths() {}

    /** A run's certificates, for its instructors and administrators. */
    public static String run(CourseRunId run) {
        return "underviser/hold/" + run.value() + "/kursusbeviser";
    }
}
