package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import dk.attestkursus.security.domain.SsoDomain;
import dk.attestkursus.security.domain.SsoDomainRepository;
import dk.attestkursus.security.domain.SsoProvider;
import dk.attestkursus.security.domain.SsoProviderRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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

    private static final Pattern CLAIM = Pattern.compile("^[A-Za-z0-9_.:/-]{1,100}$");
    private static final int MAX_TEXT = 255;

    private final SsoProviderRepository providers;
    private final SsoDomainRepository domains;
    private final AccountRepository accounts;
    private final boolean allowLocalHttp;
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
            AccountRepository accounts,
            SecretBox secrets,
            MunicipalScope scope,
            CurrentUser currentUser,
            ProviderDiscovery discovery,
            MunicipalClientRegistrations registrations,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${attestkursus.sso.allow-local-http:false}") boolean allowLocalHttp) {
        this.providers = providers;
        this.domains = domains;
        this.accounts = accounts;
        this.allowLocalHttp = allowLocalHttp;
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
        return SsoRules.registrationId(currentUser.require().municipality());
    }

    /**
     * Registers or changes the municipality's provider. Refused with every problem by field, nothing stored:
     * an issuer that is no https address or does not answer as an OpenID Connect provider, no client id, no
     * secret for a new provider or for a changed issuer or client id (a stored secret is never sent to
     * another provider), a claim name that is no claim name, no domain, a domain that is no domain, a public
     * mail domain, a domain another municipality's provider serves or another municipality's people have
     * addresses in, a domain none of the municipality's own active accounts has; and passwords turned off
     * by an administrator who is not logged in through this very provider (proof that it works).
     */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public SsoSettings save(SsoInput input) {
        // The checks read other municipalities' domains and ask the provider over the network: both before
        // the transaction that writes (a municipality is chosen before a transaction starts, decision 020).
        Errors errors = new Errors();
        Optional<SsoProvider> existing = providers.findFirstByOrderByIdAsc();
        String issuer = input.issuer().strip();
        if (!SsoRules.validIssuer(issuer, allowLocalHttp)) {
            errors.add("issuer", "sso.error.issuer", "");
        }
        String clientId = input.clientId().strip();
        if (clientId.isEmpty() || clientId.length() > MAX_TEXT) {
            errors.add("clientId", "sso.error.clientId", "");
        }
        String secret = input.clientSecret() == null ? "" : input.clientSecret().strip();
        boolean sameClient = existing.isPresent()
                && existing.get().getIssuer().equals(issuer)
                && existing.get().getClientId().equals(clientId);
        if (secret.isEmpty() && !sameClient) {
            errors.add(
                    "clientSecret", existing.isEmpty() ? "sso.error.clientSecret" : "sso.error.clientSecretAgain", "");
        } else if (secret.length() > 1000) {
            errors.add("clientSecret", "sso.error.clientSecretLong", "");
        } else if (!secrets.configured()) {
            errors.add("clientSecret", "sso.error.noKey", "");
        }
        String claim = input.emailClaim().strip();
        if (!CLAIM.matcher(claim).matches()) {
            errors.add("emailClaim", "sso.error.emailClaim", "");
        }
        List<String> served = SsoRules.parseDomains(input.domains());
        checkDomains(served, errors);
        if (!input.passwordLogin() && !currentUser.loggedInThrough(registrationId())) {
            errors.add("passwordLogin", "sso.error.passwordsOffUntried", "");
        }
        if (!errors.has("issuer")) {
            discovery.problem(issuer).ifPresent(p -> errors.add("issuer", "sso.error.discovery", ""));
        }
        errors.throwIfAny();
        try {
            return writes.execute(tx -> store(input, issuer, clientId, secret, claim, served));
        } catch (DataIntegrityViolationException raced) {
            throw new SsoRefusedException(Map.of("domains", "sso.error.domainTaken"), String.join(", ", served));
        } catch (OptimisticLockingFailureException raced) {
            throw new SsoRefusedException(Map.of("issuer", "sso.error.conflict"), "");
        }
    }

    private void checkDomains(List<String> served, Errors errors) {
        Optional<String> invalid = served.stream()
                .filter(d -> !SsoRules.DOMAIN.matcher(d).matches())
                .findFirst();
        if (served.isEmpty()) {
            errors.add("domains", "sso.error.domainsEmpty", "");
            return;
        }
        if (invalid.isPresent()) {
            errors.add("domains", "sso.error.domainInvalid", invalid.get());
            return;
        }
        Optional<String> open =
                served.stream().filter(SsoRules.PUBLIC_MAIL::contains).findFirst();
        if (open.isPresent()) {
            errors.add("domains", "sso.error.domainPublic", open.get());
            return;
        }
        MunicipalityId own = currentUser.require().municipality();
        Optional<String> taken = scope.platform(() -> domains.findByDomainIn(served)).stream()
                .filter(d -> !d.municipality().equals(own))
                .map(SsoDomain::getDomain)
                .findFirst()
                .or(() -> served.stream()
                        .filter(d -> scope.platform(
                                () -> accounts.existsByEmailEndingWithAndMunicipalityIdNot("@" + d, own.value())))
                        .findFirst());
        if (taken.isPresent()) {
            errors.add("domains", "sso.error.domainTaken", taken.get());
            return;
        }
        served.stream()
                .filter(d -> !accounts.existsByEmailEndingWithAndActiveTrue("@" + d))
                .findFirst()
                .ifPresent(d -> errors.add("domains", "sso.error.domainNoAccounts", d));
    }

    /** Problems by field, each with the parameter of its message (the first of a field wins). */
    private static final class Errors {
        private final Map<String, String> keys = new LinkedHashMap<>();
        private String detail = "";

        void add(String field, String key, String parameter) {
            if (keys.putIfAbsent(field, key) == null && detail.isEmpty()) {
                detail = parameter;
            }
        }

        boolean has(String field) {
            return keys.containsKey(field);
        }

        void throwIfAny() {
            if (!keys.isEmpty()) {
                throw new SsoRefusedException(keys, detail);
            }
        }
    }

    private SsoSettings store(
            SsoInput input, String issuer, String clientId, String secret, String claim, List<String> served) {
        // Read again inside the transaction: another administrator may have saved or removed meanwhile.
        Optional<SsoProvider> existing = providers.findFirstByOrderByIdAsc();
        SsoProvider provider;
        if (existing.isPresent()) {
            provider = existing.get();
            if (!provider.getIssuer().equals(issuer)) {
                // Another provider's people are other people: bindings to the old one are forgotten.
                accounts.findBySsoSubjectIsNotNull().forEach(Account::unbindSsoSubject);
            }
            provider.change(issuer, clientId, claim, input.passwordLogin(), clock.instant());
            if (!secret.isEmpty()) {
                provider.replaceSecret(secrets.seal(secret));
            }
            domains.deleteByProviderId(provider.requireId());
            domains.flush();
        } else {
            if (secret.isEmpty()) {
                throw new SsoRefusedException(Map.of("clientSecret", "sso.error.clientSecret"), "");
            }
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
            accounts.findBySsoSubjectIsNotNull().forEach(Account::unbindSsoSubject);
            domains.deleteByProviderId(p.requireId());
            providers.delete(p);
        });
    }

    /**
     * Where a person who typed this e-mail on the login page logs in: their municipality's provider when
     * one serves the e-mail's domain (and answers), else their password. Open to everyone; it tells only
     * whether a domain has single sign-on, which is no secret of any one person.
     */
    @PreAuthorize("permitAll()")
    public SsoRoute routeFor(String email) {
        Optional<SsoDomain> domain =
                SsoRules.domainOf(email).flatMap(d -> scope.platform(() -> domains.findByDomain(d)));
        if (domain.isEmpty()) {
            return new SsoRoute(SsoRoute.Kind.PASSWORD, null);
        }
        String registration = SsoRules.registrationId(domain.get().municipality());
        return registrations.findByRegistrationId(registration) == null
                ? new SsoRoute(SsoRoute.Kind.UNAVAILABLE, null)
                : new SsoRoute(SsoRoute.Kind.PROVIDER, AUTHORIZATION_PATH + registration);
    }

    /** Whether any municipality logs in through its own provider (the login page asks for the e-mail then). */
    @PreAuthorize("permitAll()")
    public boolean anyProvider() {
        return scope.platform(() -> providers.count() > 0);
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
                SsoRules.registrationId(provider.municipality()),
                provider.getUpdatedAt());
    }
}
