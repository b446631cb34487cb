package dk.attestkursus.security;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What other features and views may know of an account. */
public record AccountSummary(
        AccountId id,
        String username,
        String displayName,
        String email,
        Role role,
        @Nullable InstructorKind instructorKind,
        @Nullable TeamId teamId,
        boolean active,
        @Nullable Instant lockedUntil) {

    public Optional<InstructorKind> kind() {
        return Optional.ofNullable(instructorKind);
    }

    /** The team the person belongs to (caseworkers), if any. */
    public Optional<TeamId> team() {
        return Optional.ofNullable(teamId);
    }

    /** Whether the account is locked after failed logins at the given moment. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
