package dk.attestkursus.selfservice;

import dk.attestkursus.mail.MailStatus;
import dk.attestkursus.security.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A participant of a run as the run's account page shows them: activated or not, and what became of
 * their newest invitation mail (none, queued, sent, failed with the reason).
 */
public record RunAccount(
        AccountId id,
        String name,
        String email,
        boolean activated,
        @Nullable MailStatus invitation,
        @Nullable String invitationError) {}
