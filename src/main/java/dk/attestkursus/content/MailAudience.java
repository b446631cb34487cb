package dk.attestkursus.content;

/** Who a mail template is written for: the caseworkers taking the course, or their leaders. */
public enum MailAudience {
    PARTICIPANT,
    LEADER,
    /** Any account's owner: an invitation or a password reset (issue 22). */
    ACCOUNT
}
