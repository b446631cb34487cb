package dk.attestkursus.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import dk.attestkursus.security.domain.AccountRepository;
import java.time.Clock;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Login with the Vaadin login view, accounts from the database, bcrypt hashes, and method
 * security so every service method can carry its own role check.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccountRepository accounts,
            MunicipalScope scope,
            Clock clock,
            ObjectProvider<SecurityContextHolderStrategy> strategy)
            throws Exception {
        // A session that began before a reset or "log out everywhere" ends at its next request (issue 22).
        http.addFilterAfter(
                new SessionValidityFilter(
                        accounts,
                        scope,
                        strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy),
                        clock),
                SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/images/**", "/icons/**", "/favicon.ico")
                .permitAll());
        // Addresses that match no route need a login, not a flat refusal: Vaadin's default (deny
        // all) answered logged-in users with a bare HTTP 403 instead of our "not found" page.
        // Views stay guarded by their own access annotations.
        http.with(
                vaadin(),
                vaadin -> vaadin.loginView("/" + SecurityPaths.LOGIN).anyRequest(AuthorizedUrl::authenticated));
        // One generic message for a wrong user name or password; a locked account is told so.
        http.formLogin(form -> form.failureHandler(failureHandler()));
        return http.build();
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> response.sendRedirect(
                request.getContextPath() + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
    }

    /** Delegating encoder: new hashes are {bcrypt}, older schemes still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AccountRepository accounts, Clock clock, MunicipalScope scope) {
        // A login names an account of any municipality (user names are unique on the platform).
        return username -> scope.platform(
                        () -> accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT)))
                .map(a -> new AccountUserDetails(
                        new CurrentAccount(
                                new AccountId(a.requireId()),
                                a.getUsername(),
                                a.getDisplayName(),
                                a.getRole(),
                                a.municipality()),
                        a.getPasswordHash(),
                        a.isActive(),
                        !a.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
