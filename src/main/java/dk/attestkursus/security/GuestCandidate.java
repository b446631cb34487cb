package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;

/** A practice consultant of another municipality whom an administrator may invite as guest co-instructor. */
public record GuestCandidate(AccountId id, String displayName, MunicipalityId home) {}
