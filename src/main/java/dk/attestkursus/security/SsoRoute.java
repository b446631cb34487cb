package dk.attestkursus.security;

import org.jspecify.annotations.Nullable;

/**
 * Where a person who typed their e-mail on the login page goes (issue 22).
 *
 * @param path the address that starts the login at the municipality's provider, for {@link Kind#PROVIDER}
 */
public record SsoRoute(Kind kind, @Nullable String path) {

    public enum Kind {
        /** No municipality's provider serves the domain: the person logs in with their password. */
        PASSWORD,
        /** The domain's municipality logs its staff in through its own provider. */
        PROVIDER,
        /** The domain has a provider, but it does not answer now. */
        UNAVAILABLE
    }
}
