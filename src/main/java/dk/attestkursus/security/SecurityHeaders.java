package dk.attestkursus.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers public buyers check (issue 24, OWASP ASVS V14.4, decision 026), on every response: also on
 * the login page and Vaadin's bootstrap and static resources, which Spring Security's header writers do not
 * reach. No page of ours inside any frame (CSP {@code frame-ancestors 'none'}, which browsers obey over the
 * {@code X-Frame-Options: SAMEORIGIN} Vaadin sets), no guessing of content types, no address with its ids
 * sent to another site, no camera, microphone or position for anyone.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    /** Responses that are not Vaadin pages (downloads, errors, the actuator); pages get {@link ContentSecurityPolicy}. */
    static final String CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** Under {@code prod} (behind the municipality's TLS): browsers use https only for a year, subdomains too. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter(
            @Value("${attestkursus.security.hsts:false}") boolean hsts) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter(hsts));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static OncePerRequestFilter filter(boolean hsts) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Content-Security-Policy", CSP);
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Referrer-Policy", "same-origin");
                response.setHeader("Permissions-Policy", PERMISSIONS);
                if (hsts) {
                    response.setHeader("Strict-Transport-Security", HSTS);
                }
                chain.doFilter(request, response);
            }
        };
    }
}
