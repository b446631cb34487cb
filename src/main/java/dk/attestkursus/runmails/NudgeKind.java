package dk.attestkursus.runmails;

/**
 * The reminders an instructor can send by hand to the participants of a run who can act (issue 27): each
 * with its part of the outbox topic and its template in {@code content/emails/<template>.md}.
 */
public enum NudgeKind {
    /** Before the session: to those who have not done all of the preparation (the reminder's text). */
    PREPARATION("paamindelse-forberedelse", "paamindelse"),
    /** After the session: to those who have not answered the follow-up that is due. */
    FOLLOW_UP("paamindelse-opfoelgning", "paamindelse-opfoelgning");

    private final String topicKind;
    private final String template;

    NudgeKind(String topicKind, String template) {
        this.topicKind = topicKind;
        this.template = template;
    }

    /** The mails' part of the outbox topic (distinct from the scheduled waves'). */
    public String topicKind() {
        return topicKind;
    }

    /** The template's id. */
    public String template() {
        return template;
    }
}
