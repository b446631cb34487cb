package dk.attestkursus.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job as the platform itself (role {@link AppRoles#SYSTEM}), so service methods keep
 * their role checks when no person is logged in. The system is no account: {@link CurrentUser#get()}
 * stays empty while it runs.
 */
@Component
public class SystemUser {

    static final String NAME = "system";

    private final SecurityContextHolderStrategy contexts;

    SystemUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T call(Supplier<T> job) {
        SecurityContext previous = contexts.getContext();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                NAME, null, List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.SYSTEM))));
        contexts.setContext(context);
        try {
            return job.get();
        } finally {
            contexts.setContext(previous);
        }
    }

    public void run(Runnable job) {
        call(() -> {
            job.run();
            return null;
        });
    }
}
