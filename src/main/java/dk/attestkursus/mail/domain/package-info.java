/** The mail outbox and its attempts as stored ({@code mail_message}, {@code mail_attempt}); internal to {@code mail}. */
@NullMarked
package dk.attestkursus.mail.domain;

import org.jspecify.annotations.NullMarked;
