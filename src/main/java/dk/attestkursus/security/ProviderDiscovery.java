package dk.attestkursus.security;

import java.util.Optional;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * Reads an OpenID Connect provider's published configuration ({@code <issuer>/.well-known/openid-configuration})
 * through Spring Security's {@link ClientRegistrations}, which also checks that the provider names itself
 * by the issuer asked for.
 */
@Component
class ProviderDiscovery {

    /** A registration builder with the provider's endpoints filled in; fails when the provider does not answer. */
    ClientRegistration.Builder discover(String issuer) {
        return ClientRegistrations.fromIssuerLocation(issuer);
    }

    /** Why the issuer cannot be used, in the words of the failure (for the administrator), or nothing. */
    Optional<String> problem(String issuer) {
        try {
            discover(issuer);
            return Optional.empty();
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of(message.length() > 200 ? message.substring(0, 200) + "…" : message);
        }
    }
}
