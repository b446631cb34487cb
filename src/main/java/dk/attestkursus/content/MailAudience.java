package dk.attestkursus.content;

/** Who a mail template is written for: the caseworkers taking the course, or their leaders. */
public enum MailAudience {
    PARTICIPANT,
    LEADER
}
