package dk.attestkursus.testsupport;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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
        SecurityContext previous = contexts.getContext();
        UserDetails details = users.loadUserByUsername(username);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        contexts.setContext(context);
        try {
            return action.get();
        } finally {
            contexts.setContext(previous);
        }
    }
}
