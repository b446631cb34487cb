package dk.attestkursus.mail;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A mail with its text (plain and as HTML, as rendered when it was queued) and every attempt to send it. */
public record MailDetails(
        MailSummary summary, String textBody, String htmlBody, boolean calendarInvite, List<Attempt> attempts) {

    public MailDetails {
        attempts = List.copyOf(attempts);
    }

    /** One attempt: when, how it went (SENT, RETRY, FAILED) and why it failed. */
    public record Attempt(
            Instant at, String outcome, @Nullable String error) {}
}
