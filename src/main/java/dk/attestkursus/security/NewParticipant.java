package dk.attestkursus.security;

import org.jspecify.annotations.Nullable;

/** A caseworker to enrol: created as a participant account if the e-mail is new. */
public record NewParticipant(
        String name, String email, @Nullable String team, String leaderEmail) {}
