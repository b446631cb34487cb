package dk.attestkursus.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import dk.attestkursus.security.domain.SsoDomainRepository;
import dk.attestkursus.security.domain.SsoProviderRepository;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login with the Vaadin login view, accounts from the database, bcrypt hashes, and method
 * security so every service method can carry its own role check.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccountRepository accounts,
            MunicipalScope scope,
            Clock clock,
            ObjectProvider<SecurityContextHolderStrategy> strategy,
            MunicipalClientRegistrations registrations,
            MunicipalOidcUsers oidcUsers,
            RequestUtil vaadinRequests,
            LoginThrottle throttle,
            IdleTimeout idle)
            throws Exception {
        // A session that was idle too long (issue 24) or began before a reset or "log out everywhere" (issue 22)
        // ends at its next request.
        http.addFilterAfter(
                new SessionValidityFilter(
                        accounts,
                        scope,
                        strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy),
                        clock,
                        idle),
                SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/images/**", "/icons/**", "/favicon.ico")
                .permitAll()
                // Health for the load balancer and monitoring (issue 24): the status only, nothing else of the
                // actuator is exposed (decision 026).
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll());
        // Addresses that match no route need a login, not a flat refusal: Vaadin's default (deny
        // all) answered logged-in users with a bare HTTP 403 instead of our "not found" page.
        // Views stay guarded by their own access annotations.
        http.with(
                vaadin(),
                vaadin -> vaadin.loginView("/" + SecurityPaths.LOGIN)
                        .anyRequest(AuthorizedUrl::authenticated)
                        // Vaadin leaves its login page out of the CSRF check (login CSRF, issue 24): ours below.
                        .enableCsrfConfiguration(false));
        http.csrf(csrf -> LoginCsrf.configure(csrf, vaadinRequests));
        // Wrong passwords are limited per client address before a password is looked at (decision 029).
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        // One generic message for a wrong user name or password, known or not (decision 029).
        http.formLogin(form -> form.failureHandler(failureHandler()));
        // Single sign-on through the municipality's own OpenID Connect provider (issue 22, decision 023):
        // the registrations come from the database, the person is the platform's account of that
        // municipality with the provider's e-mail. A refusal or a failed answer goes back to the login page.
        http.oauth2Login(oauth -> oauth.loginPage("/" + SecurityPaths.LOGIN)
                .clientRegistrationRepository(registrations)
                // The provider's tokens are not used after the login: kept in the session, gone with it.
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(info -> info.oidcUserService(oidcUsers))
                .failureHandler(singleSignOnFailureHandler()));
        return http.build();
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath()
                + switch (exception) {
                    // An account locked by an earlier version: the same answer as the throttle's, for any name.
                    case LockedException locked -> "/login?too-many";
                    case PasswordLoginOffException off -> "/login?sso-only";
                    default -> "/login?error";
                });
    }

    /** "sso-refused": the provider vouched for someone the platform does not let in; else "sso-failed". */
    private static AuthenticationFailureHandler singleSignOnFailureHandler() {
        return (request, response, exception) -> {
            String code = exception instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode()
                    : exception.getClass().getSimpleName();
            if (!MunicipalOidcUsers.REFUSED.equals(code)) {
                LOG.info("Single sign-on failed: {} ({})", code, exception.getMessage());
            }
            response.sendRedirect(request.getContextPath()
                    + (MunicipalOidcUsers.REFUSED.equals(code) ? "/login?sso-refused" : "/login?sso-failed"));
        };
    }

    /**
     * Password login: the account's password, then whether its municipality still lets its staff use
     * passwords (a right password is needed before that is told); a hash of an older scheme is upgraded
     * to the encoder's current one at a successful login.
     */
    @Bean
    DaoAuthenticationProvider passwordLogin(
            UserDetailsService users,
            PasswordEncoder encoder,
            AccountRepository accounts,
            MunicipalScope scope,
            PlatformTransactionManager transactions) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPostAuthenticationChecks(user -> {
            if (user instanceof AccountUserDetails account && !account.passwordLogin()) {
                throw new PasswordLoginOffException();
            }
        });
        TransactionTemplate tx = new TransactionTemplate(transactions);
        provider.setUserDetailsPasswordService((user, newHash) -> {
            scope.platform(() -> tx.execute(s -> {
                accounts.findByUsername(user.getUsername()).ifPresent(a -> a.changePasswordHash(newHash));
                return null;
            }));
            return User.withUserDetails(user).password(newHash).build();
        });
        return provider;
    }

    /** Delegating encoder: new hashes are {bcrypt}, older schemes still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(
            AccountRepository accounts,
            SsoProviderRepository providers,
            SsoDomainRepository domains,
            Clock clock,
            MunicipalScope scope) {
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
                        !a.isLockedAt(clock.instant()),
                        passwordLogin(a, providers, domains, scope)))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    /**
     * Whether the account may log in with a password: yes, unless its municipality's provider has turned
     * passwords off and serves the account's e-mail domain (decision 023).
     */
    private static boolean passwordLogin(
            Account account, SsoProviderRepository providers, SsoDomainRepository domains, MunicipalScope scope) {
        if (SsoRules.keepsPassword(account)) {
            return true;
        }
        return !scope.platform(() -> SsoRules.ownLoginOnly(
                account, providers.findByMunicipalityId(account.municipality().value()), domains));
    }
}
