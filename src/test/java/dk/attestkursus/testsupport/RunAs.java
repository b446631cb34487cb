package dk.attestkursus.testsupport;

import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs service calls as a given account, as a fresh login would: its real user details, set through
 * the application's security-context strategy (the one method security reads).
 */
public final class RunAs {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy contexts;

    public RunAs(UserDetailsService users, SecurityContextHolderStrategy contexts) {
        this.users = users;
        this.contexts = contexts;
    }

    public <T> T as(String username, Supplier<T> action) {
        UserDetails details = users.loadUserByUsername(username);
        return as(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()), action);
    }

    /** Runs the calls as a visitor who is not logged in, as Spring Security's anonymous filter marks one. */
    public <T> T asAnonymous(Supplier<T> action) {
        return as(
                new AnonymousAuthenticationToken(
                        "test", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")),
                action);
    }

    private <T> T as(Authentication authentication, Supplier<T> action) {
        SecurityContext previous = contexts.getContext();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
            return action.get();
        } finally {
            contexts.setContext(previous);
        }
    }
}
