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
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session at its next request when it has been idle longer than the {@link IdleTimeout}
 * (issue 24: requests of the user count, Vaadin's heartbeat and push connection do not), or when it began
 * before its account's {@code sessions_valid_from} (a password reset, a new password, "log out everywhere",
 * issue 22), on whichever instance serves it: the moment is in the database. Each session is checked against
 * the database at most every {@link #CHECK_EVERY}, so a busy page costs one small read per ten seconds.
 */
class SessionValidityFilter extends OncePerRequestFilter {

    static final Duration CHECK_EVERY = Duration.ofSeconds(10);
    static final String BEGAN = SessionValidityFilter.class.getName() + ".began";
    private static final String CHECKED = SessionValidityFilter.class.getName() + ".checked";
    private static final String ACTIVE = SessionValidityFilter.class.getName() + ".active";

    private final AccountRepository accounts;
    private final MunicipalScope scope;
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;
    private final IdleTimeout idle;

    SessionValidityFilter(
            AccountRepository accounts,
            MunicipalScope scope,
            SecurityContextHolderStrategy contexts,
            Clock clock,
            IdleTimeout idle) {
        this.accounts = accounts;
        this.scope = scope;
        this.contexts = contexts;
        this.clock = clock;
        this.idle = idle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = contexts.getContext().getAuthentication();
        if (session != null
                && auth != null
                && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken)) {
            Instant wallNow = idle.now();
            if (session.getAttribute(ACTIVE) instanceof Instant active
                    && active.plus(idle.timeout()).isBefore(wallNow)) {
                end(session, request, response);
                return;
            }
            if (!userless(request)) {
                session.setAttribute(ACTIVE, wallNow);
            }
        }
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
                    end(session, request, response);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Vaadin's heartbeat and push connection: sent by an open tab on its own, not by its user. */
    private static boolean userless(HttpServletRequest request) {
        String type = request.getParameter("v-r");
        return "heartbeat".equals(type) || "push".equals(type);
    }

    private void end(HttpSession session, HttpServletRequest request, HttpServletResponse response) throws IOException {
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
    }

    /**
     * Lets the session of the request being served live on after its account's sessions were ended at
     * {@code from} (a new password ends the other sessions, not the one it was typed in).
     */
    static void keepCurrentSession(Instant from) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(BEGAN, from);
            }
        }
    }
}
