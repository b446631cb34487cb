package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.domain.SsoDomain;
import dk.attestkursus.security.domain.SsoDomainRepository;
import dk.attestkursus.security.domain.SsoProvider;
import dk.attestkursus.security.domain.SsoProviderRepository;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single sign-on per municipality (issue 22; docs/decisions/023): a municipal administrator registers
 * the municipality's own OpenID Connect provider (Microsoft Entra ID or another) with the e-mail domains
 * it serves; the login page asks for the e-mail and sends the person to the provider of its domain. The
 * client secret is stored encrypted ({@link SecretBox}) and never shown again. Local passwords can be
 * turned off for the municipality's staff (practice consultants keep theirs).
 */
@Service
public class SingleSignOn {

    /** The prefix of a provider's registration id; the municipality's id follows. */
    public static final String REGISTRATION_PREFIX = "kommune-";
    /** Where the browser goes to start the login at a registration's provider (Spring Security's path). */
    public static final String AUTHORIZATION_PATH = "/oauth2/authorization/";
    /** Where the provider sends the browser back (Spring Security's default, the provider must allow it). */
    public static final String REDIRECT_PATH = "/login/oauth2/code/";

    private static final Pattern DOMAIN =
            Pattern.compile("^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}$");
    private static final Pattern CLAIM = Pattern.compile("^[A-Za-z0-9_.:/-]{1,100}$");
    private static final int MAX_TEXT = 255;

    private final SsoProviderRepository providers;
    private final SsoDomainRepository domains;
    private final SecretBox secrets;
    private final MunicipalScope scope;
    private final CurrentUser currentUser;
    private final ProviderDiscovery discovery;
    private final MunicipalClientRegistrations registrations;
    private final Clock clock;
    private final TransactionTemplate writes;

    SingleSignOn(
            SsoProviderRepository providers,
            SsoDomainRepository domains,
            SecretBox secrets,
            MunicipalScope scope,
            CurrentUser currentUser,
            ProviderDiscovery discovery,
            MunicipalClientRegistrations registrations,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.providers = providers;
        this.domains = domains;
        this.secrets = secrets;
        this.scope = scope;
        this.currentUser = currentUser;
        this.discovery = discovery;
        this.registrations = registrations;
        this.clock = clock;
        this.writes = new TransactionTemplate(transactions);
    }

    /** The municipality's provider, if it has registered one. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public Optional<SsoSettings> settings() {
        return providers.findFirstByOrderByIdAsc().map(this::settingsOf);
    }

    /** The registration id of the administrator's municipality, for the redirect address to give the provider. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public String registrationId() {
        return registrationId(currentUser.require().municipality());
    }

    /**
     * Registers or changes the municipality's provider. Refused with every problem by field, nothing stored:
     * an issuer that is no https address (http only on this machine) or does not answer as an OpenID
     * Connect provider, no client id, no secret for a new provider, a claim name that is no claim name, no
     * domain, a domain that is no domain or that another municipality's provider serves.
     */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public SsoSettings save(SsoInput input) {
        // The checks read other municipalities' domains and ask the provider over the network: both before
        // the transaction that writes (a municipality is chosen before a transaction starts, decision 020).
        Map<String, String> errors = new LinkedHashMap<>();
        String detail = "";
        Optional<SsoProvider> existing = providers.findFirstByOrderByIdAsc();
        String issuer = input.issuer().strip();
        if (!validIssuer(issuer)) {
            errors.put("issuer", "sso.error.issuer");
        }
        String clientId = input.clientId().strip();
        if (clientId.isEmpty() || clientId.length() > MAX_TEXT) {
            errors.put("clientId", "sso.error.clientId");
        }
        String secret = input.clientSecret() == null ? "" : input.clientSecret().strip();
        if (secret.isEmpty() && existing.isEmpty()) {
            errors.put("clientSecret", "sso.error.clientSecret");
        } else if (secret.length() > 1000) {
            errors.put("clientSecret", "sso.error.clientSecretLong");
        } else if (!secrets.configured()) {
            errors.put("clientSecret", "sso.error.noKey");
        }
        String claim = input.emailClaim().strip();
        if (!CLAIM.matcher(claim).matches()) {
            errors.put("emailClaim", "sso.error.emailClaim");
        }
        List<String> served = parseDomains(input.domains());
        Optional<String> invalid =
                served.stream().filter(d -> !DOMAIN.matcher(d).matches()).findFirst();
        if (served.isEmpty()) {
            errors.put("domains", "sso.error.domainsEmpty");
        } else if (invalid.isPresent()) {
            errors.put("domains", "sso.error.domainInvalid");
            detail = invalid.get();
        } else {
            Optional<String> taken = takenElsewhere(served);
            if (taken.isPresent()) {
                errors.put("domains", "sso.error.domainTaken");
                detail = taken.get();
            }
        }
        if (!errors.containsKey("issuer")) {
            Optional<String> problem = discovery.problem(issuer);
            if (problem.isPresent()) {
                errors.put("issuer", "sso.error.discovery");
                detail = detail.isEmpty() ? problem.get() : detail;
            }
        }
        if (!errors.isEmpty()) {
            throw new SsoRefusedException(errors, detail);
        }
        try {
            return writes.execute(
                    tx -> store(existing.map(SsoProvider::requireId), input, issuer, clientId, secret, claim, served));
        } catch (DataIntegrityViolationException raced) {
            throw new SsoRefusedException(Map.of("domains", "sso.error.domainTaken"), String.join(", ", served));
        }
    }

    private SsoSettings store(
            Optional<Long> existingId,
            SsoInput input,
            String issuer,
            String clientId,
            String secret,
            String claim,
            List<String> served) {
        SsoProvider provider;
        Optional<SsoProvider> existing = existingId.flatMap(providers::findById);
        if (existing.isPresent()) {
            provider = existing.get();
            provider.change(issuer, clientId, claim, input.passwordLogin(), clock.instant());
            if (!secret.isEmpty()) {
                provider.replaceSecret(secrets.seal(secret));
            }
            domains.deleteByProviderId(provider.requireId());
            domains.flush();
        } else {
            provider = providers.save(new SsoProvider(
                    issuer, clientId, secrets.seal(secret), claim, input.passwordLogin(), clock.instant()));
        }
        long providerId = provider.requireId();
        served.forEach(d -> domains.save(new SsoDomain(providerId, d)));
        providers.flush();
        return settingsOf(provider);
    }

    /** Removes the municipality's provider: its staff log in with passwords again. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public void remove() {
        providers.findFirstByOrderByIdAsc().ifPresent(p -> {
            domains.deleteByProviderId(p.requireId());
            providers.delete(p);
        });
    }

    /**
     * Where a person who typed this e-mail on the login page logs in: their municipality's provider when
     * one serves the e-mail's domain (and answers), else their password. Open to everyone; it tells only
     * whether a domain has single sign-on, which is no secret of any one person.
     */
    public SsoRoute routeFor(String email) {
        Optional<SsoDomain> domain = domainOf(email).flatMap(d -> scope.platform(() -> domains.findByDomain(d)));
        if (domain.isEmpty()) {
            return new SsoRoute(SsoRoute.Kind.PASSWORD, null);
        }
        String registration = registrationId(domain.get().municipality());
        return registrations.findByRegistrationId(registration) == null
                ? new SsoRoute(SsoRoute.Kind.UNAVAILABLE, null)
                : new SsoRoute(SsoRoute.Kind.PROVIDER, AUTHORIZATION_PATH + registration);
    }

    /** Whether any municipality logs in through its own provider (the login page asks for the e-mail then). */
    public boolean anyProvider() {
        return scope.platform(() -> providers.count() > 0);
    }

    /** The registration id of a municipality's provider. */
    static String registrationId(MunicipalityId municipality) {
        return REGISTRATION_PREFIX + municipality.value();
    }

    /** The municipality a registration id names, if it names one. */
    static Optional<MunicipalityId> municipalityOf(String registrationId) {
        if (!registrationId.startsWith(REGISTRATION_PREFIX)) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(registrationId.substring(REGISTRATION_PREFIX.length()));
            return id > 0 ? Optional.of(new MunicipalityId(id)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The domain of an e-mail address, in lower case, if it looks like one. */
    static Optional<String> domainOf(@Nullable String email) {
        if (email == null) {
            return Optional.empty();
        }
        String trimmed = email.strip().toLowerCase(Locale.ROOT);
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1) {
            return Optional.empty();
        }
        String domain = trimmed.substring(at + 1);
        return DOMAIN.matcher(domain).matches() ? Optional.of(domain) : Optional.empty();
    }

    /** The domains typed, in lower case, without an "@" before them, each once, in the order typed. */
    static List<String> parseDomains(String text) {
        return Arrays.stream(text.split("[\\s,;]+"))
                .map(d -> d.strip().toLowerCase(Locale.ROOT))
                .map(d -> d.startsWith("@") ? d.substring(1) : d)
                .filter(d -> !d.isEmpty())
                .distinct()
                .toList();
    }

    /** https anywhere; plain http only for this machine (a provider started on a developer's machine). */
    static boolean validIssuer(String issuer) {
        if (issuer.isEmpty() || issuer.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(issuer);
            String host = uri.getHost();
            if (host == null || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
                return false;
            }
            return "https".equals(uri.getScheme())
                    || ("http".equals(uri.getScheme()) && ("localhost".equals(host) || "127.0.0.1".equals(host)));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private Optional<String> takenElsewhere(List<String> served) {
        MunicipalityId own = currentUser.require().municipality();
        return scope.platform(() -> domains.findByDomainIn(served)).stream()
                .filter(d -> !d.municipality().equals(own))
                .map(SsoDomain::getDomain)
                .findFirst();
    }

    private SsoSettings settingsOf(SsoProvider provider) {
        return new SsoSettings(
                provider.getIssuer(),
                provider.getClientId(),
                provider.getEmailClaim(),
                domains.findByProviderIdOrderByDomainAsc(provider.requireId()).stream()
                        .map(SsoDomain::getDomain)
                        .toList(),
                provider.isPasswordLogin(),
                registrationId(provider.municipality()),
                provider.getUpdatedAt());
    }
}
