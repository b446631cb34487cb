package dk.attestkursus.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A participant account made ready for enrolment: an existing one, or a new one. A new account
 * created one at a time carries its first password (shown once); accounts created by an import
 * carry none and get access when an administrator sets a password or the welcome mail arrives.
 */
public record ProvisionedParticipant(
        AccountSummary account, boolean created, @Nullable String initialPassword) {

    public Optional<String> password() {
        return Optional.ofNullable(initialPassword);
    }
}
