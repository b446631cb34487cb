package dk.attestkursus.security;

import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that began before its account's {@code sessions_valid_from} (a password reset, "log out
 * everywhere", issue 22), at its next request, on whichever instance serves it: the moment is in the
 * database. Each session is checked at most every {@link #CHECK_EVERY}, so a busy page costs one small
 * read per ten seconds.
 */
class SessionValidityFilter extends OncePerRequestFilter {

    static final Duration CHECK_EVERY = Duration.ofSeconds(10);
    private static final String BEGAN = SessionValidityFilter.class.getName() + ".began";
    private static final String CHECKED = SessionValidityFilter.class.getName() + ".checked";

    private final AccountRepository accounts;
    private final MunicipalScope scope;
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;

    SessionValidityFilter(
            AccountRepository accounts, MunicipalScope scope, SecurityContextHolderStrategy contexts, Clock clock) {
        this.accounts = accounts;
        this.scope = scope;
        this.contexts = contexts;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = contexts.getContext().getAuthentication();
        if (session != null && auth != null && auth.getPrincipal() instanceof AccountUserDetails user) {
            Instant now = clock.instant();
            if (!(session.getAttribute(BEGAN) instanceof Instant began)) {
                session.setAttribute(BEGAN, now);
            } else if (!(session.getAttribute(CHECKED) instanceof Instant checked)
                    || checked.isBefore(now.minus(CHECK_EVERY))) {
                session.setAttribute(CHECKED, now);
                long id = user.account().id().value();
                Instant validFrom = scope.platform(() ->
                        accounts.findById(id).map(Account::getSessionsValidFrom).orElse(null));
                if (validFrom != null && began.isBefore(validFrom)) {
                    session.invalidate();
                    contexts.clearContext();
                    if (request.getParameter("v-r") != null) {
                        // A request of the Vaadin client: its own answer for an ended session, so the page
                        // reloads (and meets the login) instead of showing a communication error.
                        response.setContentType("application/json; charset=UTF-8");
                        response.getWriter().write("for(;;);[{\"meta\":{\"sessionExpired\":true}}]");
                    } else {
                        response.sendRedirect(request.getContextPath() + "/" + SecurityPaths.LOGIN);
                    }
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
