package testidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider for the single sign-on tests (issue 22): Spring Authorization Server on a
 * random port of {@code localhost}, in a small Spring context of its own (a servlet container, Spring
 * Security and the authorization server, nothing of the platform), with one registered client and a few
 * people who log in on its form. Each person's ID token carries their e-mail ({@code email}, verified);
 * a person marked so gets a token for another audience, as a token stolen from another application would.
 * It lives outside {@code dk.attestkursus} so the platform's component scan never finds it.
 */
public final class TestOpenIdProvider implements AutoCloseable {

    /** Someone who can log in at the provider. */
    public record Person(String username, String password, String email, boolean wrongAudience) {

        public static Person of(String username, String password, String email) {
            return new Person(username, password, email, false);
        }
    }

    /** What one provider knows: its client and its people. */
    record Setup(String clientId, String clientSecret, String redirectUri, List<Person> people) {}

    private final ConfigurableApplicationContext context;

    private TestOpenIdProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts a provider that knows one client, which may send the browser back to {@code redirectUri}
     * only (Spring Authorization Server refuses {@code localhost} there: use {@code 127.0.0.1}).
     */
    public static TestOpenIdProvider start(
            String name, String clientId, String clientSecret, String redirectUri, List<Person> people) {
        Setup setup = new Setup(clientId, clientSecret, redirectUri, people);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Config.class)
                .web(WebApplicationType.SERVLET)
                .properties(
                        "spring.config.name=test-openid-provider-" + name,
                        "spring.main.banner-mode=off",
                        "server.port=0",
                        // The browser sees the platform and every provider on one machine: cookies do not
                        // tell ports apart, so each provider's session cookie has a name of its own.
                        "server.servlet.session.cookie.name=IDP_" + name.toUpperCase(java.util.Locale.ROOT))
                .initializers(c -> c.getBeanFactory().registerSingleton("setup", setup))
                .run();
        return new TestOpenIdProvider(context);
    }

    /** The issuer, {@code http://localhost:<port>} (the platform reads its configuration there). */
    public String issuer() {
        return "http://localhost:"
                + Objects.requireNonNull(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class
    })
    static class Config {

        private final KeyPair keys = rsa();

        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
                    .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        RegisteredClientRepository clients(Setup setup) {
            return new InMemoryRegisteredClientRepository(
                    RegisteredClient.withId(UUID.randomUUID().toString())
                            .clientId(setup.clientId())
                            .clientSecret("{noop}" + setup.clientSecret())
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUri(setup.redirectUri())
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.PROFILE)
                            .scope(OidcScopes.EMAIL)
                            .clientSettings(ClientSettings.builder()
                                    .requireAuthorizationConsent(false)
                                    .build())
                            .build());
        }

        @Bean
        UserDetailsService people(Setup setup) {
            return new InMemoryUserDetailsManager(setup.people().stream()
                    .map(p -> (UserDetails) User.withUsername(p.username())
                            .password("{noop}" + p.password())
                            .roles("USER")
                            .build())
                    .toList());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> emailInIdToken(Setup setup) {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                setup.people().stream()
                        .filter(p -> p.username().equals(context.getPrincipal().getName()))
                        .findFirst()
                        .ifPresent(p -> {
                            context.getClaims().claim("email", p.email());
                            context.getClaims().claim("email_verified", true);
                            if (p.wrongAudience()) {
                                context.getClaims().audience(List.of("another-application"));
                            }
                        });
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() {
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                    .privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder accessTokens() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic())
                    .build();
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        private static KeyPair rsa() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
