package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import testidp.TestOpenIdProvider;

/**
 * A municipality's single sign-on settings (issue 22) against a real OpenID Connect provider started in
 * the test: the secret is stored encrypted and never shown; bad input is refused field by field with
 * nothing stored; an e-mail domain belongs to one municipality's provider only; the login page's route
 * for an e-mail; only a municipality's administrator changes its settings; passwords turned off leave
 * the practice consultants theirs.
 */
@IntegrationTest
class SingleSignOnIT {

    private static TestOpenIdProvider provider;

    @Autowired
    SingleSignOn sso;

    @Autowired
    MunicipalClientRegistrations registrations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private String tag;

    @BeforeAll
    static void startProvider() {
        provider = TestOpenIdProvider.start("it", "attestkursus", "s3cret", "http://127.0.0.1:1/unused", List.of());
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void tag() {
        tag = Unique.tag().toLowerCase(java.util.Locale.ROOT);
    }

    @AfterEach
    void removeProviders() {
        for (String admin : List.of("admin", "th-admin")) {
            fixtures.as(admin, () -> {
                sso.remove();
                return null;
            });
        }
    }

    private SsoInput input(String secret, String domains, boolean passwordLogin) {
        return new SsoInput(provider.issuer(), "attestkursus", secret, "email", domains, passwordLogin);
    }

    @Test
    void a_provider_is_stored_with_its_secret_encrypted_and_never_shown() {
        String secret = "hemmelig-" + tag;
        SsoSettings saved = fixtures.as(
                "admin", () -> sso.save(input(secret, " HJ-" + tag + ".dk,\n@Jobcenter.hj-" + tag + ".dk ", true)));

        assertThat(saved.domains()).containsExactly("hj-" + tag + ".dk", "jobcenter.hj-" + tag + ".dk");
        assertThat(saved.registrationId()).isEqualTo(fixtures.as("admin", sso::registrationId));
        assertThat(saved.toString()).doesNotContain(secret);
        String stored = jdbc.queryForObject(
                "select client_secret from sso_provider where client_id = 'attestkursus' and municipality_id = ?",
                String.class,
                municipalityOf(saved));
        assertThat(stored).doesNotContain(secret).hasSizeGreaterThan(secret.length());
        ClientRegistration registration = registrations.findByRegistrationId(saved.registrationId());
        assertThat(registration).isNotNull();
        assertThat(registration.getClientSecret()).isEqualTo(secret);
        assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo(provider.issuer());

        // A change with the secret left empty keeps it; a new one replaces it.
        fixtures.as("admin", () -> sso.save(input("", "hj-" + tag + ".dk", true)));
        assertThat(registrations.findByRegistrationId(saved.registrationId()).getClientSecret())
                .isEqualTo(secret);
        fixtures.as("admin", () -> sso.save(input("ny-" + secret, "hj-" + tag + ".dk", true)));
        assertThat(registrations.findByRegistrationId(saved.registrationId()).getClientSecret())
                .isEqualTo("ny-" + secret);
    }

    @Test
    void bad_input_is_refused_by_field_and_nothing_is_stored() {
        Map<SsoInput, Map<String, String>> cases = Map.of(
                new SsoInput("http://example.com", "id", "s", "email", "a-" + tag + ".dk", true),
                Map.of("issuer", "sso.error.issuer"),
                new SsoInput("https://", " ", "", "e mail", "", true),
                Map.of(
                        "issuer", "sso.error.issuer",
                        "clientId", "sso.error.clientId",
                        "clientSecret", "sso.error.clientSecret",
                        "emailClaim", "sso.error.emailClaim",
                        "domains", "sso.error.domainsEmpty"),
                new SsoInput(provider.issuer(), "id", "s", "email", "a-" + tag + ".dk, ikke et domæne", true),
                Map.of("domains", "sso.error.domainInvalid"),
                new SsoInput("http://127.0.0.1:9/", "id", "s", "email", "a-" + tag + ".dk", true),
                Map.of("issuer", "sso.error.discovery"));
        cases.forEach((input, expected) -> assertThatThrownBy(() -> fixtures.as("admin", () -> sso.save(input)))
                .as(input.toString())
                .isInstanceOfSatisfying(
                        SsoRefusedException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(expected)));
        assertThat(fixtures.as("admin", sso::settings)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from sso_domain where domain like ?", Integer.class, "%" + tag + "%"))
                .isZero();
    }

    @Test
    void a_domain_belongs_to_one_municipality_only() {
        fixtures.as("th-admin", () -> sso.save(input("s", "th-" + tag + ".dk", true)));

        assertThatThrownBy(() -> fixtures.as("admin", () -> sso.save(input("s", "TH-" + tag + ".dk", true))))
                .isInstanceOfSatisfying(SsoRefusedException.class, e -> {
                    assertThat(e.fieldErrors()).isEqualTo(Map.of("domains", "sso.error.domainTaken"));
                    assertThat(e.detail()).isEqualTo("th-" + tag + ".dk");
                });
        assertThat(fixtures.as("admin", sso::settings)).isEmpty();
        // Each administrator sees their own municipality's provider only.
        assertThat(fixtures.as("th-admin", sso::settings).orElseThrow().domains())
                .containsExactly("th-" + tag + ".dk");
    }

    @Test
    void the_login_page_sends_an_email_to_its_domains_provider() {
        SsoSettings saved = fixtures.as("admin", () -> sso.save(input("s", "hj-" + tag + ".dk", true)));

        assertThat(sso.routeFor("  Anna@HJ-" + tag + ".DK "))
                .isEqualTo(
                        new SsoRoute(SsoRoute.Kind.PROVIDER, SingleSignOn.AUTHORIZATION_PATH + saved.registrationId()));
        assertThat(sso.routeFor("anna@andet-" + tag + ".dk")).isEqualTo(new SsoRoute(SsoRoute.Kind.PASSWORD, null));
        assertThat(sso.routeFor("ikke en e-mail")).isEqualTo(new SsoRoute(SsoRoute.Kind.PASSWORD, null));
        assertThat(sso.anyProvider()).isTrue();

        // A provider that stopped answering: the page says so instead of sending anyone there.
        fixtures.as("th-admin", () -> sso.save(input("s", "th-" + tag + ".dk", true)));
        jdbc.update(
                "update sso_provider set issuer = 'http://127.0.0.1:9', version = version + 1 where id = "
                        + "(select provider_id from sso_domain where domain = ?)",
                "th-" + tag + ".dk");
        assertThat(sso.routeFor("tina@th-" + tag + ".dk")).isEqualTo(new SsoRoute(SsoRoute.Kind.UNAVAILABLE, null));
    }

    @Test
    void passwords_turned_off_leave_the_practice_consultants_theirs() {
        assertThat(((AccountUserDetails) users.loadUserByUsername("sagsbehandler")).passwordLogin())
                .isTrue();
        fixtures.as("admin", () -> sso.save(input("s", "hj-" + tag + ".dk", false)));

        assertThat(((AccountUserDetails) users.loadUserByUsername("sagsbehandler")).passwordLogin())
                .isFalse();
        assertThat(((AccountUserDetails) users.loadUserByUsername("praksiskonsulent")).passwordLogin())
                .isTrue();
        assertThat(((AccountUserDetails) users.loadUserByUsername("th-sagsbehandler")).passwordLogin())
                .as("another municipality's staff")
                .isTrue();
    }

    @Test
    void only_a_municipalitys_administrator_changes_its_login() {
        for (String who : List.of("sagsbehandler", "leder", "jobcenter", "praksiskonsulent")) {
            assertThatThrownBy(() -> fixtures.as(who, () -> sso.save(input("s", "hj-" + tag + ".dk", true))))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, sso::settings)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixtures.as("admin", sso::settings)).isEmpty();
    }

    private long municipalityOf(SsoSettings settings) {
        return SingleSignOn.municipalityOf(settings.registrationId())
                .orElseThrow()
                .value();
    }
}
