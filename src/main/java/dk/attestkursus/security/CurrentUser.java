package dk.attestkursus.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is logged in, for views and services; and logging out. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<CurrentAccount> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountUserDetails details) {
            return Optional.of(details.account());
        }
        return Optional.empty();
    }

    /** The logged-in account; fails when nobody is (services are guarded, so this is a bug). */
    public CurrentAccount require() {
        return get().orElseThrow(() -> new IllegalStateException("No account is logged in"));
    }

    public void logout() {
        authenticationContext.logout();
    }
}
