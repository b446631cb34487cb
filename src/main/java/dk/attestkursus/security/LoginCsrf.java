package dk.attestkursus.security;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Spring Security's CSRF check on every request but Vaadin's own (which carry Vaadin's CSRF token), the login
 * form included (issue 24, decision 029): Vaadin's configurer leaves the login page out, so a form on another
 * site could log a browser in as the attacker. The login page carries the token in its
 * {@code <meta name="_csrf">} (Vaadin's index page writes it), and Vaadin's login form sends it along.
 *
 * <p>The token lives in an HttpOnly cookie, not in the session: a login page left open until its session
 * has ended still logs in. A login whose token is missing or wrong goes back to the login page with
 * {@code ?expired} (a fresh page, a fresh token); any other request without one is refused with 403.
 */
final class LoginCsrf {

    private LoginCsrf() {}

    static void configure(CsrfConfigurer<HttpSecurity> csrf, RequestUtil vaadinRequests) {
        csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .csrfTokenRepository(new CookieCsrfTokenRepository())
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
                        filter.setAccessDeniedHandler((request, response, denied) -> {
                            if (request.getRequestURI().equals(request.getContextPath() + "/" + SecurityPaths.LOGIN)) {
                                response.sendRedirect(
                                        request.getContextPath() + "/" + SecurityPaths.LOGIN + "?expired");
                            } else {
                                forbidden.handle(request, response, denied);
                            }
                        });
                        return filter;
                    }
                });
    }
}
