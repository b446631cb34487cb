package dk.attestkursus.transfer;

import dk.attestkursus.base.Routes;
import dk.attestkursus.courserun.CourseRunId;

/**
 * The addresses of the transfer pages: each constant is the route its view names, and links fill it
 * (decision 019); for routes, links in mails and other features' links.
 */
public final class TransferPaths {

    /** The caseworker's preparation to-do list. */
    public static final String PREP = "kursus/forberedelse";

    /** The caseworker's self-assessment in a phase (before, after). */
    public static final String SELF_ASSESSMENT = "kursus/selvvurdering/:phase";

    public static final String ACTION_PLAN = "kursus/handlingsplan";
    /** The caseworker's follow-up at a checkpoint. */
    public static final String FOLLOW_UP = "kursus/opfoelgning/:checkpoint";
    /** The instructors' page of a run's self-assessments (counts). */
    public static final String RUN_SELF_ASSESSMENTS = "underviser/hold/:runId(\\d+)/selvvurdering";
    /** The leader's results (the results feature's dashboard), linked from the leaders' mails. */
    public static final String LEADER_RESULTS = "leder/resultater";

    private TransferPaths() {}

    public static String selfAssessment(Phase phase) {
        return Routes.fill(SELF_ASSESSMENT, phase.slug());
    }

    public static String followUp(Checkpoint checkpoint) {
        return Routes.fill(FOLLOW_UP, checkpoint.number());
    }

    /** The instructors' page of a run's self-assessments (counts). */
    public static String selfAssessments(CourseRunId run) {
        return Routes.fill(RUN_SELF_ASSESSMENTS, run.value());
    }
}
