package dk.attestkursus.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail as the log lists it: to whom, what, its state, attempts and the last error. */
public record MailSummary(
        MailId id,
        String to,
        MailTopic topic,
        String subject,
        MailStatus status,
        int attempts,
        @Nullable String lastError,
        Instant sendAfter,
        Instant nextAttemptAt,
        @Nullable Instant sentAt) {}
