package dk.attestkursus.security;

import java.net.URI;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * Reads an OpenID Connect provider's published configuration ({@code <issuer>/.well-known/openid-configuration})
 * through Spring Security's {@link ClientRegistrations}, which also checks that the provider names itself
 * by the issuer asked for; then requires every endpoint it publishes to be https (plain http on this
 * machine only where {@code attestkursus.sso.allow-local-http} says so), so an administrator's entry
 * cannot point the server's requests at plain-http addresses inside the network.
 */
@Component
class ProviderDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderDiscovery.class);

    private final boolean allowLocalHttp;

    ProviderDiscovery(@Value("${attestkursus.sso.allow-local-http:false}") boolean allowLocalHttp) {
        this.allowLocalHttp = allowLocalHttp;
    }

    /**
     * A registration builder with the provider's endpoints filled in; fails when the provider does not
     * answer, names itself otherwise, or publishes an endpoint that is not https.
     */
    ClientRegistration.Builder discover(String issuer) {
        ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(issuer);
        // Built once with placeholders only to read the endpoints the provider published.
        ClientRegistration probe = builder.clientId("probe")
                .registrationId("probe")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}")
                .build();
        ClientRegistration.ProviderDetails details = probe.getProviderDetails();
        Stream.of(
                        details.getAuthorizationUri(),
                        details.getTokenUri(),
                        details.getJwkSetUri(),
                        details.getUserInfoEndpoint().getUri())
                .filter(uri -> uri != null && !uri.isBlank())
                .filter(uri -> !safe(uri))
                .findFirst()
                .ifPresent(uri -> {
                    throw new IllegalArgumentException("The provider publishes an endpoint that is not https: " + uri);
                });
        return builder;
    }

    /**
     * Why the issuer cannot be used, or nothing. The administrator is told only that it does not answer as a
     * provider (what exactly failed, which could map the internal network, goes to the log).
     */
    Optional<String> problem(String issuer) {
        try {
            discover(issuer);
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.info("Single sign-on issuer {} refused: {}", issuer, e.getMessage());
            return Optional.of("not an OpenID Connect provider");
        }
    }

    private boolean safe(@Nullable String address) {
        if (address == null) {
            return true;
        }
        URI uri = URI.create(address);
        if ("https".equals(uri.getScheme())) {
            return true;
        }
        String host = uri.getHost();
        return allowLocalHttp
                && "http".equals(uri.getScheme())
                && ("localhost".equals(host) || "127.0.0.1".equals(host));
    }
}
