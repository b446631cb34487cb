package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;

/**
 * The logged-in person, as views and services need them, with the municipality they belong to
 * ({@link MunicipalityId#PLATFORM} for the platform's own roles).
 */
public record CurrentAccount(
        AccountId id, String username, String displayName, Role role, MunicipalityId municipality) {}
