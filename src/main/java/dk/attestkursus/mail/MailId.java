package dk.attestkursus.mail;

import dk.attestkursus.kernel.TypedId;

/** Typed id of a mail in the outbox (a row of the mail log). */
public record MailId(long value) implements TypedId {}
