package dk.attestkursus.mail;

import dk.attestkursus.kernel.RefusalException;

/** A mail-log action refused ({@code mail.error.<reason>} in the translations). */
public class MailRefusedException extends RefusalException {

    public enum Reason {
        /** No such mail. */
        NOT_FOUND,
        /** Only a queued mail can be cancelled. */
        NOT_QUEUED,
        /** A mail being sent right now can neither be resent nor cancelled. */
        SENDING,
        /** A queued mail is sent anyway; resend is for sent, failed or cancelled mails. */
        ALREADY_QUEUED
    }

    private final Reason reason;

    public MailRefusedException(Reason reason, String detail) {
        super("mail.error.", reason, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
