package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.domain.SsoProvider;
import dk.attestkursus.security.domain.SsoProviderRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    /** A registration read, or a failure to read one (then {@code registration} is null until {@code retryAfter}). */
    private record Cached(
            long providerId, long version, @Nullable ClientRegistration registration, Instant retryAfter) {}

    /** How long a provider that did not answer is not asked again (logins meanwhile are told it is down). */
    private static final Duration RETRY = Duration.ofMinutes(1);
    /** How long a provider's published configuration is trusted before it is read again. */
    private static final Duration REFRESH = Duration.ofHours(12);

    private final SsoProviderRepository providers;
    private final SecretBox secrets;
    private final ProviderDiscovery discovery;
    private final MunicipalScope scope;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    MunicipalClientRegistrations(
            SsoProviderRepository providers,
            SecretBox secrets,
            ProviderDiscovery discovery,
            MunicipalScope scope,
            Clock clock) {
        this.providers = providers;
        this.secrets = secrets;
        this.discovery = discovery;
        this.scope = scope;
        this.clock = clock;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        Optional<MunicipalityId> municipality = SsoRules.municipalityOf(registrationId);
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
        Instant now = clock.instant();
        if (cached != null
                && cached.providerId() == p.requireId()
                && cached.version() == p.getVersion()
                && now.isBefore(cached.retryAfter())) {
            return cached.registration();
        }
        // One reading per provider at a time: others wait for it rather than ask the provider too.
        synchronized (locks.computeIfAbsent(registrationId, k -> new Object())) {
            Cached fresh = cache.get(registrationId);
            if (fresh != null && fresh != cached && fresh.version() == p.getVersion()) {
                return fresh.registration();
            }
            return read(registrationId, p, now);
        }
    }

    private @Nullable ClientRegistration read(String registrationId, SsoProvider p, Instant now) {
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
            cache.put(registrationId, new Cached(p.requireId(), p.getVersion(), registration, now.plus(REFRESH)));
            return registration;
        } catch (RuntimeException e) {
            LOG.warn("Single sign-on provider of {} cannot be used: {}", registrationId, e.getMessage());
            cache.put(registrationId, new Cached(p.requireId(), p.getVersion(), null, now.plus(RETRY)));
            return null;
        }
    }
}
