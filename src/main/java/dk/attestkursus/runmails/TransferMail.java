package dk.attestkursus.runmails;

/**
 * The mails around a run, in the order they go out, each written from a template in
 * {@code content/emails/<key>.md}.
 */
public enum TransferMail {
    /** The introduction, with the preparation tasks and a calendar invitation. */
    INTRO("introduktion", false),
    /** The leaders: what their staff will learn and how to support them. */
    LEADER_BEFORE("leder-foer", true),
    /** A reminder, only to those who have not done the preparation. */
    REMINDER("paamindelse", false),
    /** The first follow-up: check-ins and the self-assessment again. */
    FOLLOW_UP_1("opfoelgning-1", false),
    /** The second follow-up: check-ins, the self-assessment, and a follow-up request. */
    FOLLOW_UP_2("opfoelgning-2", false),
    /** The leaders after the follow-up: where to see the results. */
    LEADER_AFTER("leder-efter", true);

    private final String key;
    private final boolean toLeaders;

    TransferMail(String key, boolean toLeaders) {
        this.key = key;
        this.toLeaders = toLeaders;
    }

    /** The template's id and the mail's part of the outbox topic. */
    public String key() {
        return key;
    }

    public boolean toLeaders() {
        return toLeaders;
    }

    /** Only useful before the session starts (preparation); skipped once it has. */
    public boolean beforeSession() {
        return this == INTRO || this == LEADER_BEFORE || this == REMINDER;
    }
}
