package dk.attestkursus.security;

import java.time.Instant;
import java.util.List;

/**
 * A municipality's single sign-on as its administrator sees it (issue 22): never the secret itself.
 *
 * @param registrationId the name the platform knows the provider by, part of the redirect address the
 *     provider must allow ({@code <address>/login/oauth2/code/<registrationId>})
 */
public record SsoSettings(
        String issuer,
        String clientId,
        String emailClaim,
        List<String> domains,
        boolean passwordLogin,
        String registrationId,
        Instant updatedAt) {

    public SsoSettings {
        domains = List.copyOf(domains);
    }
}
