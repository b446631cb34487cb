package dk.attestkursus.security;

import org.jspecify.annotations.Nullable;

/** What an administrator fills in to create an account. Validated by {@link AccountService}. */
public record NewAccount(
        @Nullable String displayName,
        @Nullable String username,
        @Nullable String email,
        @Nullable Role role,
        @Nullable InstructorKind instructorKind,
        @Nullable TeamId teamId) {}
