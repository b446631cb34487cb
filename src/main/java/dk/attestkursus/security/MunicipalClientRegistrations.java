package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.domain.SsoProvider;
import dk.attestkursus.security.domain.SsoProviderRepository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

/**
 * The municipalities' providers as Spring Security's client registrations, read from the database when a
 * login starts or comes back ({@code kommune-<id>}). A provider's published configuration is read once
 * per saved version of its settings and kept; a provider that does not answer gives no registration (the
 * login page says so before it sends anyone there).
 */
@Component
class MunicipalClientRegistrations implements ClientRegistrationRepository {

    private static final Logger LOG = LoggerFactory.getLogger(MunicipalClientRegistrations.class);

    private record Cached(long providerId, long version, ClientRegistration registration) {}

    private final SsoProviderRepository providers;
    private final SecretBox secrets;
    private final ProviderDiscovery discovery;
    private final MunicipalScope scope;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    MunicipalClientRegistrations(
            SsoProviderRepository providers, SecretBox secrets, ProviderDiscovery discovery, MunicipalScope scope) {
        this.providers = providers;
        this.secrets = secrets;
        this.discovery = discovery;
        this.scope = scope;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        Optional<MunicipalityId> municipality = SingleSignOn.municipalityOf(registrationId);
        if (municipality.isEmpty()) {
            return null;
        }
        Optional<SsoProvider> provider = scope.platform(
                () -> providers.findByMunicipalityId(municipality.get().value()));
        if (provider.isEmpty()) {
            cache.remove(registrationId);
            return null;
        }
        SsoProvider p = provider.get();
        Cached cached = cache.get(registrationId);
        if (cached != null && cached.providerId() == p.requireId() && cached.version() == p.getVersion()) {
            return cached.registration();
        }
        try {
            ClientRegistration registration = discovery
                    .discover(p.getIssuer())
                    .registrationId(registrationId)
                    .clientId(p.getClientId())
                    .clientSecret(secrets.open(p.getEncryptedSecret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}" + SingleSignOn.REDIRECT_PATH + "{registrationId}")
                    .scope("openid", "profile", "email")
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .build();
            cache.put(registrationId, new Cached(p.requireId(), p.getVersion(), registration));
            return registration;
        } catch (RuntimeException e) {
            LOG.warn("Single sign-on provider of {} cannot be used: {}", registrationId, e.getMessage());
            return null;
        }
    }
}
