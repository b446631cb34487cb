package dk.attestkursus.kernel;

/**
 * Where a caseworker is in the course, one notion for every feature (issue 23, decision 024). It is
 * computed in one place, {@code transfer.CoursePhaseService} (the module that knows the runs, the
 * follow-up dates and whether the follow-ups are answered), and read through {@link CoursePhases} by
 * the start page and the cards other features add to it. The order of the constants is the order in
 * which a caseworker passes through them.
 */
public enum CoursePhase {
    /** No active place in a run. */
    NOT_ENROLLED,
    /** Enrolled; the preparation has not begun (it begins when the introduction mail goes, 14 days before). */
    ENROLLED,
    /** The preparation window: from the introduction mail's day until the session's day. */
    PREPARING,
    /** The session's day, until 30 minutes before the start. */
    SESSION_TODAY,
    /** From 30 minutes before the start until the session ends: check in, follow along, vote. */
    SESSION_LIVE,
    /** The session is over; no follow-up is due (the first has not opened, or it is answered). */
    AFTER_SESSION,
    /** The first follow-up (+2 weeks) is open and not answered, and the second has not opened. */
    FOLLOW_UP_1_DUE,
    /** The second follow-up (+6 weeks) is open and not answered. */
    FOLLOW_UP_2_DUE,
    /** The second follow-up is answered, or it opened more than eight weeks ago. */
    DONE;

    /** Before the session's start: the preparation tasks still count. */
    public boolean beforeSession() {
        return this == ENROLLED || this == PREPARING || this == SESSION_TODAY;
    }

    /** The session has ended (whether or not a follow-up is due). */
    public boolean afterSession() {
        return compareTo(AFTER_SESSION) >= 0;
    }

    /** A follow-up waits for an answer. */
    public boolean followUpDue() {
        return this == FOLLOW_UP_1_DUE || this == FOLLOW_UP_2_DUE;
    }
}
