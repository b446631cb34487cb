package dk.attestkursus.mail;

import dk.attestkursus.security.AccountId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mail to queue. {@code dedupeKey} makes queueing idempotent (the same key is queued once);
 * {@code topic} groups mails for the log and for cancelling (e.g. a run's introduction);
 * the mail is not sent before {@code sendAfter}.
 */
public record OutgoingMail(
        String dedupeKey,
        String to,
        @Nullable AccountId recipientAccountId,
        MailTopic topic,
        String subject,
        String textBody,
        String htmlBody,
        @Nullable CalendarInvite invite,
        Instant sendAfter) {}
