package dk.attestkursus.runmails;

/** A mail of a run as its first recipient would get it (subject, HTML and text), and whether an invitation is attached. */
public record MailPreview(TransferMail mail, String subject, String html, String text, boolean calendarInvite) {}
