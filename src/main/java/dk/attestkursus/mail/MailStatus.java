package dk.attestkursus.mail;

/** Where a mail is: waiting, being sent, sent, given up (with the reason), or cancelled. */
public enum MailStatus {
    QUEUED,
    SENDING,
    SENT,
    FAILED,
    CANCELLED
}
