package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.SsoDomainRepository;
import dk.attestkursus.security.domain.SsoProvider;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of single sign-on that need no database of their own (decision 023): what a domain, an issuer
 * and a registration id are, which accounts keep their password, and who must use the municipality's login.
 */
final class SsoRules {

    static final Pattern DOMAIN =
            Pattern.compile("^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}$");
    /**
     * Mail domains anyone can have an address in: a municipality's provider can never serve them (nor
     * dadlnet.dk, the GPs' shared domain).
     */
    static final Set<String> PUBLIC_MAIL = Set.of(
            "gmail.com",
            "googlemail.com",
            "hotmail.com",
            "hotmail.dk",
            "outlook.com",
            "outlook.dk",
            "live.com",
            "live.dk",
            "msn.com",
            "yahoo.com",
            "yahoo.dk",
            "icloud.com",
            "me.com",
            "mail.dk",
            "jubii.dk",
            "protonmail.com",
            "proton.me",
            "gmx.com",
            "gmx.net",
            "aol.com",
            "dadlnet.dk");

    private SsoRules() {}

    /**
     * Whether an account keeps its password whatever its municipality decides: practice consultants (GPs,
     * who have no municipal login) and the platform's own people.
     */
    static boolean keepsPassword(Account account) {
        return account.getInstructorKind() == InstructorKind.PRACTICE_CONSULTANT
                || account.municipality().isPlatform();
    }

    /**
     * Whether the account must log in through its municipality's provider (given as {@code provider}, with
     * the domains it serves): passwords are off there, its e-mail is in one of those domains, and it does not
     * keep its password anyway. Anyone else the provider cannot serve keeps their password.
     */
    static boolean ownLoginOnly(Account account, Optional<SsoProvider> provider, SsoDomainRepository domains) {
        if (keepsPassword(account) || provider.isEmpty() || provider.get().isPasswordLogin()) {
            return false;
        }
        long id = provider.get().requireId();
        return domainOf(account.getEmail())
                .flatMap(domains::findByDomain)
                .map(d -> d.getProviderId() == id)
                .orElse(false);
    }

    /** The registration id of a municipality's provider. */
    static String registrationId(MunicipalityId municipality) {
        return SingleSignOn.REGISTRATION_PREFIX + municipality.value();
    }

    /** The municipality a registration id names, if it names one. */
    static Optional<MunicipalityId> municipalityOf(String registrationId) {
        if (!registrationId.startsWith(SingleSignOn.REGISTRATION_PREFIX)) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(registrationId.substring(SingleSignOn.REGISTRATION_PREFIX.length()));
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

    /**
     * https anywhere; plain http only for this machine and only where {@code attestkursus.sso.allow-local-http}
     * says so (a provider started on a developer's machine or in a test; never in production).
     */
    static boolean validIssuer(String issuer, boolean allowLocalHttp) {
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
                    || (allowLocalHttp
                            && "http".equals(uri.getScheme())
                            && ("localhost".equals(host) || "127.0.0.1".equals(host)));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
