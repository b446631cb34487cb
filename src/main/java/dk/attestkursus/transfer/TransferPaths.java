package dk.attestkursus.transfer;

import dk.attestkursus.courserun.CourseRunId;

/** The addresses of the transfer pages, for routes, links in mails and other features' links. */
public final class TransferPaths {

    /** The caseworker's preparation to-do list. */
    public static final String PREP = "kursus/forberedelse";

    public static final String SELF_ASSESSMENT = "kursus/selvvurdering";
    public static final String ACTION_PLAN = "kursus/handlingsplan";
    public static final String FOLLOW_UP = "kursus/opfoelgning";
    /** The leader's results (the results feature's dashboard), linked from the leaders' mails. */
    public static final String LEADER_RESULTS = "leder/resultater";

    private TransferPaths() {}

    public static String selfAssessment(Phase phase) {
        return SELF_ASSESSMENT + "/" + phase.slug();
    }

    public static String followUp(Checkpoint checkpoint) {
        return FOLLOW_UP + "/" + checkpoint.number();
    }

    /** The instructors' page of a run's self-assessments (counts). */
    public static String selfAssessments(CourseRunId run) {
        return "underviser/hold/" + run.value() + "/selvvurdering";
    }
}
