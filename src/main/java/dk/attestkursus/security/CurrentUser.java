package dk.attestkursus.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/** Who is logged in, for views and services; and logging out. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;
    private final SecurityContextHolderStrategy contexts;

    /**
     * Reads the security context through the same strategy as method security ({@code @PreAuthorize}),
     * which is Vaadin's session-aware strategy bean when present.
     */
    CurrentUser(AuthenticationContext authenticationContext, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.authenticationContext = authenticationContext;
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<CurrentAccount> get() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountUserDetails details) {
            return Optional.of(details.account());
        }
        return Optional.empty();
    }

    /** Whether the person logged in through the provider of this registration (single sign-on, decision 023). */
    boolean loggedInThrough(String registrationId) {
        return contexts.getContext().getAuthentication() instanceof OAuth2AuthenticationToken token
                && token.getPrincipal() instanceof MunicipalOidcUser
                && registrationId.equals(token.getAuthorizedClientRegistrationId());
    }

    /** Whether a scheduled job of the platform itself is running ({@link SystemUser}), not a person. */
    public boolean isSystem() {
        Authentication auth = contexts.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + AppRoles.SYSTEM).equals(a.getAuthority()));
    }

    /** The logged-in account; fails when nobody is (services are guarded, so this is a bug). */
    public CurrentAccount require() {
        return get().orElseThrow(() -> new IllegalStateException("No account is logged in"));
    }

    public void logout() {
        authenticationContext.logout();
    }
}
