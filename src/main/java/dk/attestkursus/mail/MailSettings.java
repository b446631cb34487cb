package dk.attestkursus.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code attestkursus.mail.*}: the sender address, how many mails a wave takes, how often a failed
 * mail is tried again (after {@code backoff}, then 4 times longer each time, at most {@code maxBackoff})
 * and how long a sender may hold a mail it is sending.
 */
@ConfigurationProperties("attestkursus.mail")
public record MailSettings(
        String from, int batchSize, int maxAttempts, Duration backoff, Duration maxBackoff, Duration claimTimeout) {

    public MailSettings {
        if (from == null || from.isBlank()) {
            from = "Attestkursus <no-reply@attestkursus.dk>";
        }
        batchSize = batchSize <= 0 ? 50 : batchSize;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        backoff = backoff == null ? Duration.ofMinutes(1) : backoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(6) : maxBackoff;
        claimTimeout = claimTimeout == null ? Duration.ofMinutes(10) : claimTimeout;
    }

    /**
     * The domain of the sender's address, for the ids of messages and calendar events (so they are the
     * site's own, not the host's). {@code attestkursus.dk} when the address has none.
     */
    public String domain() {
        String address = from;
        int lt = address.lastIndexOf('<');
        if (lt >= 0) {
            int gt = address.indexOf('>', lt);
            address = address.substring(lt + 1, gt > lt ? gt : address.length());
        }
        int at = address.lastIndexOf('@');
        String domain = at > 0 ? address.substring(at + 1).strip() : "";
        return domain.matches("[A-Za-z0-9.-]+") && domain.contains(".")
                ? domain.toLowerCase(java.util.Locale.ROOT)
                : "attestkursus.dk";
    }

    /** The wait after the {@code attempt}-th failed attempt (1-based): backoff × 4^(attempt-1), capped. */
    public Duration delayAfter(int attempt) {
        Duration delay = backoff;
        for (int i = 1; i < attempt && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(4);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
