package dk.attestkursus.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a password login the {@link LoginThrottle} holds back, before the password is checked or counted:
 * back to the login page with {@code ?too-many}, the same for known and unknown names.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/" + SecurityPaths.LOGIN);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String name = request.getParameter("username");
        if (throttle.refuses(name == null ? "" : name, request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + "/" + SecurityPaths.LOGIN + "?too-many");
            return;
        }
        chain.doFilter(request, response);
    }
}
