package dk.attestkursus.security;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator types to register their municipality's OpenID Connect provider.
 *
 * @param clientSecret empty or null keeps the stored secret (it is never shown again)
 * @param domains the e-mail domains it serves, separated by commas, spaces or lines
 * @param passwordLogin whether the municipality's staff may still log in with a local password
 */
public record SsoInput(
        String issuer,
        String clientId,
        @Nullable String clientSecret,
        String emailClaim,
        String domains,
        boolean passwordLogin) {}
