package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.attestkursus.selfservice.PasswordResets;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import testidp.TestOpenIdProvider;

/**
 * A municipality's single sign-on settings (issue 22) against a real OpenID Connect provider started in
 * the test: the secret is stored encrypted, never shown and never sent to another provider; bad input is
 * refused field by field with nothing stored; an e-mail domain belongs to one municipality only, and only
 * to one whose own people have addresses there; the login page's route for an e-mail; only a
 * municipality's administrator changes its settings; passwords are turned off only by someone logged in
 * through the provider, and then only for the provider's domains, never for practice consultants; new
 * staff are then told the way in instead of being sent a password link.
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
    AccountService accounts;

    @Autowired
    PasswordResets resets;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy contexts;

    private String tag;
    private String hj;
    private String th;

    @BeforeAll
    static void startProvider() {
        provider = TestOpenIdProvider.start("it", "attestkursus", "s3cret", "http://127.0.0.1:1/unused", List.of());
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void domains() {
        tag = Unique.tag().toLowerCase(Locale.ROOT);
        hj = "hj-" + tag + ".dk";
        th = "th-" + tag + ".dk";
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

    /** A caseworker of the administrator's municipality with this e-mail; returns the user name. */
    private String staff(String admin, String email) {
        String username = email.substring(0, email.indexOf('@')) + "-" + Unique.tag();
        fixtures.as(
                admin,
                () -> accounts.create(
                        new NewAccount("Test " + username, username, email, Role.PARTICIPANT, null, null)));
        return username;
    }

    /** Runs {@code action} as {@code username} logged in through their municipality's provider. */
    private <T> T throughProvider(String username, Supplier<T> action) {
        AccountUserDetails details = (AccountUserDetails) users.loadUserByUsername(username);
        MunicipalOidcUser user = new MunicipalOidcUser(
                details.account(),
                new OidcIdToken(
                        "token",
                        Instant.now(),
                        Instant.now().plusSeconds(60),
                        Map.of("sub", username, "iss", provider.issuer())),
                null);
        SecurityContext previous = contexts.getContext();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(
                user,
                user.getAuthorities(),
                SsoRules.registrationId(details.account().municipality())));
        contexts.setContext(context);
        try {
            return action.get();
        } finally {
            contexts.setContext(previous);
        }
    }

    @Test
    void a_provider_is_stored_with_its_secret_encrypted_and_never_shown_or_sent_elsewhere() {
        staff("admin", "anna@" + hj);
        staff("admin", "bo@jobcenter." + hj);
        String secret = "hemmelig-" + tag;
        SsoSettings saved = fixtures.as(
                "admin", () -> sso.save(input(secret, " HJ-" + tag + ".dk,\n@Jobcenter." + hj + " ", true)));

        assertThat(saved.domains()).containsExactly(hj, "jobcenter." + hj);
        assertThat(saved.registrationId()).isEqualTo(fixtures.as("admin", sso::registrationId));
        assertThat(saved.toString()).doesNotContain(secret);
        String stored = jdbc.queryForObject(
                "select client_secret from sso_provider where municipality_id = ?",
                String.class,
                SsoRules.municipalityOf(saved.registrationId()).orElseThrow().value());
        assertThat(stored).doesNotContain(secret).hasSizeGreaterThan(secret.length());
        ClientRegistration registration = registrations.findByRegistrationId(saved.registrationId());
        assertThat(registration).isNotNull();
        assertThat(registration.getClientSecret()).isEqualTo(secret);
        assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo(provider.issuer());

        // A change with the secret left empty keeps it; a new one replaces it.
        fixtures.as("admin", () -> sso.save(input("", hj, true)));
        assertThat(registrations.findByRegistrationId(saved.registrationId()).getClientSecret())
                .isEqualTo(secret);
        fixtures.as("admin", () -> sso.save(input("ny-" + secret, hj, true)));
        assertThat(registrations.findByRegistrationId(saved.registrationId()).getClientSecret())
                .isEqualTo("ny-" + secret);
        // Another client id with the secret left empty: the stored secret would go to another client.
        assertThatThrownBy(() -> fixtures.as(
                        "admin",
                        () -> sso.save(new SsoInput(provider.issuer(), "en-anden-klient", "", "email", hj, true))))
                .isInstanceOfSatisfying(
                        SsoRefusedException.class,
                        e -> assertThat(e.fieldErrors())
                                .isEqualTo(Map.of("clientSecret", "sso.error.clientSecretAgain")));
        assertThat(fixtures.as("admin", sso::settings).orElseThrow().clientId()).isEqualTo("attestkursus");
    }

    @Test
    void bad_input_is_refused_by_field_and_nothing_is_stored() {
        staff("admin", "anna@" + hj);
        staff("th-admin", "tina@" + th);
        Map<SsoInput, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put(
                new SsoInput("http://example.com", "id", "s", "email", hj, true), Map.of("issuer", "sso.error.issuer"));
        cases.put(
                new SsoInput("https://", " ", "", "e mail", "", true),
                Map.of(
                        "issuer", "sso.error.issuer",
                        "clientId", "sso.error.clientId",
                        "clientSecret", "sso.error.clientSecret",
                        "emailClaim", "sso.error.emailClaim",
                        "domains", "sso.error.domainsEmpty"));
        cases.put(
                new SsoInput(provider.issuer(), "id", "s", "email", hj + ", ikke et domæne", true),
                Map.of("domains", "sso.error.domainInvalid"));
        cases.put(
                new SsoInput(provider.issuer(), "id", "s", "email", "Gmail.com", true),
                Map.of("domains", "sso.error.domainPublic"));
        cases.put(
                new SsoInput(provider.issuer(), "id", "s", "email", hj + " " + th, true),
                Map.of("domains", "sso.error.domainTaken"));
        cases.put(
                new SsoInput(provider.issuer(), "id", "s", "email", "ingen-" + tag + ".dk", true),
                Map.of("domains", "sso.error.domainNoAccounts"));
        cases.put(
                new SsoInput("http://127.0.0.1:9/", "id", "s", "email", hj, true),
                Map.of("issuer", "sso.error.discovery"));
        cases.put(
                new SsoInput(provider.issuer(), "id", "s", "email", hj, false),
                Map.of("passwordLogin", "sso.error.passwordsOffUntried"));
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
        staff("th-admin", "tina@" + th);
        fixtures.as("th-admin", () -> sso.save(input("s", th, true)));
        staff("admin", "anna@" + th);

        assertThatThrownBy(() -> fixtures.as("admin", () -> sso.save(input("s", th.toUpperCase(Locale.ROOT), true))))
                .isInstanceOfSatisfying(SsoRefusedException.class, e -> {
                    assertThat(e.fieldErrors()).isEqualTo(Map.of("domains", "sso.error.domainTaken"));
                    assertThat(e.detail()).isEqualTo(th);
                });
        assertThat(fixtures.as("admin", sso::settings)).isEmpty();
        // Each administrator sees their own municipality's provider only.
        assertThat(fixtures.as("th-admin", sso::settings).orElseThrow().domains())
                .containsExactly(th);
    }

    @Test
    void the_login_page_sends_an_email_to_its_domains_provider() {
        staff("admin", "anna@" + hj);
        staff("th-admin", "tina@" + th);
        SsoSettings saved = fixtures.as("admin", () -> sso.save(input("s", hj, true)));

        assertThat(sso.routeFor("  Anna@HJ-" + tag + ".DK "))
                .isEqualTo(
                        new SsoRoute(SsoRoute.Kind.PROVIDER, SingleSignOn.AUTHORIZATION_PATH + saved.registrationId()));
        assertThat(sso.routeFor("anna@andet-" + tag + ".dk")).isEqualTo(new SsoRoute(SsoRoute.Kind.PASSWORD, null));
        assertThat(sso.routeFor("ikke en e-mail")).isEqualTo(new SsoRoute(SsoRoute.Kind.PASSWORD, null));
        assertThat(sso.anyProvider()).isTrue();

        // A provider that stopped answering: the page says so instead of sending anyone there.
        fixtures.as("th-admin", () -> sso.save(input("s", th, true)));
        jdbc.update(
                "update sso_provider set issuer = 'http://127.0.0.1:9', version = version + 1 where id = "
                        + "(select provider_id from sso_domain where domain = ?)",
                th);
        assertThat(sso.routeFor("tina@" + th)).isEqualTo(new SsoRoute(SsoRoute.Kind.UNAVAILABLE, null));
    }

    @Test
    void passwords_are_turned_off_through_the_provider_and_only_for_its_domains() {
        String anna = staff("admin", "anna@" + hj);
        assertThat(passwordLogin(anna)).isTrue();
        String chief = fixtures.account("chef", Role.ADMIN);
        fixtures.as("admin", () -> sso.save(input("s", hj, true)));

        throughProvider(chief, () -> sso.save(input("", hj, false)));

        assertThat(passwordLogin(anna)).isFalse();
        assertThat(passwordLogin("sagsbehandler"))
                .as("an address the provider does not serve")
                .isTrue();
        assertThat(passwordLogin("praksiskonsulent")).isTrue();
        assertThat(passwordLogin("th-sagsbehandler"))
                .as("another municipality's staff")
                .isTrue();
    }

    private boolean passwordLogin(String username) {
        return ((AccountUserDetails) users.loadUserByUsername(username)).passwordLogin();
    }

    @Test
    void where_passwords_are_off_new_staff_are_told_the_way_in_instead_of_a_password_link() {
        String first = staff("admin", "forste@" + hj);
        fixtures.as("admin", () -> sso.save(input("s", hj, true)));
        throughProvider(first, () -> {
            // a caseworker cannot: an administrator logged in through the provider can
            assertThatThrownBy(() -> sso.save(input("", hj, false))).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        String chief = fixtures.account("chef", Role.ADMIN);
        throughProvider(chief, () -> sso.save(input("", hj, false)));
        String anna = "anna@" + hj;
        String gp = "laege@" + hj;
        staff("admin", anna);
        fixtures.as(
                "admin",
                () -> accounts.create(new NewAccount(
                        "Læge", "laege-" + tag, gp, Role.INSTRUCTOR, InstructorKind.PRACTICE_CONSULTANT, null)));

        Map<String, Object> annas = await().until(() -> mailTo(anna, "invitation"), m -> m != null);
        assertThat(annas.get("subject")).isEqualTo("Du logger ind på Attestkursus med kommunens login");
        assertThat((String) annas.get("text_body"))
                .contains(anna)
                .contains("/login")
                .doesNotContain("token=");
        // A practice consultant keeps a password: the usual invitation with its link.
        Map<String, Object> gps = await().until(() -> mailTo(gp, "invitation"), m -> m != null);
        assertThat(gps.get("subject")).isEqualTo("Din konto til kurset Bedre LÆ-attester er klar");
        assertThat((String) gps.get("text_body")).contains("adgangskode?token=");

        // "Glemt adgangskode?": the same answer on the page; the mail tells the way in, no reset link.
        resets.request(anna.toUpperCase(Locale.ROOT), "10.9.8.7");
        // Queued after the request's answer (the same timing for known and unknown addresses): waited for.
        Map<String, Object> reset = await().until(() -> mailTo(anna, "reset"), m -> m != null);
        assertThat(reset.get("subject")).isEqualTo("Du logger ind på Attestkursus med kommunens login");
        assertThat((String) reset.get("text_body")).doesNotContain("token=");
    }

    private @Nullable Map<String, Object> mailTo(String email, String topic) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select subject, text_body from mail_message where recipient_email = ? and topic = ? order by id desc",
                email,
                topic);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    @Test
    void only_a_municipalitys_administrator_changes_its_login() {
        staff("admin", "anna@" + hj);
        for (String who : List.of("sagsbehandler", "leder", "jobcenter", "praksiskonsulent")) {
            assertThatThrownBy(() -> fixtures.as(who, () -> sso.save(input("s", hj, true))))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, sso::settings)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixtures.as("admin", sso::settings)).isEmpty();
    }
}
