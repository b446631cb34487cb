package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import dk.attestkursus.security.domain.SsoDomain;
import dk.attestkursus.security.domain.SsoDomainRepository;
import dk.attestkursus.security.domain.SsoProvider;
import dk.attestkursus.security.domain.SsoProviderRepository;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who a login through a municipality's provider is (issue 22). Spring Security has checked the ID token
 * (signature, issuer, audience, expiry, nonce) before this runs. The person is an active account of the
 * provider's own municipality whose e-mail is the one the provider vouches for, in a domain the provider
 * serves, and the same person at the provider as at the account's first such login ({@code sub}); anyone
 * else is refused ({@value #REFUSED}) and nothing is created. A provider can never
 * log someone in to another municipality: the account is looked for in its municipality only.
 */
@Component
class MunicipalOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a login the platform refuses (the provider's answer was valid). */
    static final String REFUSED = "attestkursus_refused";

    private static final Logger LOG = LoggerFactory.getLogger(MunicipalOidcUsers.class);

    private final OidcUserService provider = new OidcUserService();
    private final SsoProviderRepository providers;
    private final SsoDomainRepository domains;
    private final AccountRepository accounts;
    private final MunicipalScope scope;
    private final TransactionTemplate tx;

    MunicipalOidcUsers(
            SsoProviderRepository providers,
            SsoDomainRepository domains,
            AccountRepository accounts,
            MunicipalScope scope,
            PlatformTransactionManager transactions) {
        this.providers = providers;
        this.domains = domains;
        this.accounts = accounts;
        this.scope = scope;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        MunicipalityId municipality = SsoRules.municipalityOf(registrationId)
                .orElseThrow(() -> refused(registrationId, "unknown registration"));
        return scope.platform(() -> {
            SsoProvider settings = providers
                    .findByMunicipalityId(municipality.value())
                    .orElseThrow(() -> refused(registrationId, "provider removed"));
            Object claim = user.getClaims().get(settings.getEmailClaim());
            if (!(claim instanceof String raw) || raw.isBlank()) {
                throw refused(registrationId, "no e-mail in claim " + settings.getEmailClaim());
            }
            // Only plain ASCII addresses: lower-casing must not turn a look-alike (the Kelvin sign) into a letter.
            if (!raw.chars().allMatch(c -> c > 32 && c < 127)) {
                throw refused(registrationId, "e-mail claim with other than ASCII letters");
            }
            if (Boolean.FALSE.equals(user.getEmailVerified())) {
                throw refused(registrationId, "e-mail not verified");
            }
            String email = raw.strip().toLowerCase(Locale.ROOT);
            Optional<String> domain = SsoRules.domainOf(email);
            boolean served = domain.isPresent()
                    && domains.findByDomain(domain.get())
                            .map(SsoDomain::getProviderId)
                            .filter(id -> id == settings.requireId())
                            .isPresent();
            if (!served) {
                throw refused(registrationId, "e-mail domain not served by this provider");
            }
            // A lock after wrong passwords protects passwords; it does not stop the provider's login (else anyone
            // could keep staff out by typing wrong passwords for their user names).
            Account account = accounts.findByEmail(email)
                    .filter(a -> a.municipality().equals(municipality))
                    .filter(Account::isActive)
                    .orElseThrow(() -> refused(registrationId, "no active account of the municipality"));
            String subject = user.getIssuer() + " " + user.getSubject();
            if (account.getSsoSubject() == null) {
                tx.executeWithoutResult(
                        s -> accounts.findById(account.requireId()).ifPresent(a -> a.bindSsoSubject(subject)));
            } else if (!account.getSsoSubject().equals(subject)) {
                throw refused(registrationId, "account bound to another person at the provider");
            }
            return new MunicipalOidcUser(
                    new CurrentAccount(
                            new AccountId(account.requireId()),
                            account.getUsername(),
                            account.getDisplayName(),
                            account.getRole(),
                            account.municipality()),
                    user.getIdToken(),
                    user.getUserInfo());
        });
    }

    private static OAuth2AuthenticationException refused(String registrationId, String why) {
        LOG.info("Single sign-on through {} refused: {}", registrationId, why);
        return new OAuth2AuthenticationException(new OAuth2Error(REFUSED, why, null));
    }
}
