package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The password login as a browser on another computer sends it (issue 24, decision 029), over HTTP: each
 * client from its own address (X-Forwarded-For, which Tomcat trusts from the local proxy as from the load
 * balancer). A login posted without the login page's CSRF token does not log in (login CSRF); wrong
 * passwords hold back one name from one address, the same for names that exist and names that do not, and
 * never the owner at another address.
 */
@IntegrationTest
class LoginProtectionIT {

    /** Each client its own address (documentation range, RFC 5737). */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Value("${local.server.port}")
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdleTimeout idle;

    /** A browser at its own address: its own cookies, and the token of the login page it last opened. */
    private final class Client {
        private final String address;
        private final HttpClient http;
        private String token = "";

        Client() {
            this.address = "203.0.113." + NEXT_ADDRESS.incrementAndGet();
            this.http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(new CookieManager())
                    .build();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("X-Forwarded-For", address)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Opens the login page and keeps the CSRF token its page carries. */
        Client openLoginPage() throws Exception {
            HttpResponse<String> page = get("/login");
            assertThat(page.statusCode()).isEqualTo(200);
            Matcher meta = CSRF_META.matcher(page.body());
            assertThat(meta.find()).as("the login page carries a CSRF token").isTrue();
            token = meta.group(1);
            return this;
        }

        /** Posts the login form with the token given; returns where the answer sends the browser. */
        String login(String username, String password, String csrf) throws Exception {
            String form = "username=" + encode(username) + "&password=" + encode(password)
                    + (csrf == null ? "" : "&_csrf=" + encode(csrf));
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("X-Forwarded-For", address)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            return URI.create(answer.headers().firstValue("Location").orElseThrow())
                            .getPath()
                    + "?"
                    + URI.create(answer.headers().firstValue("Location").orElseThrow())
                            .getQuery();
        }

        String login(String username, String password) throws Exception {
            return login(username, password, token);
        }

        boolean loggedIn() throws Exception {
            return get("/kursus").statusCode() == 200;
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private CreatedAccount caseworker() {
        String username = "login" + Unique.tag();
        return fixtures.as(
                "admin",
                () -> accounts.create(new NewAccount(
                        "Test " + username, username, username + "@example.dk", Role.PARTICIPANT, null, null)));
    }

    @Test
    void a_login_without_the_login_pages_token_does_not_log_in() throws Exception {
        CreatedAccount anna = caseworker();
        String name = anna.account().username();
        Client attacker = new Client();

        // A form on another site: no token, or one it made up. Back to the login page, nobody logged in.
        assertThat(attacker.login(name, anna.initialPassword(), null)).isEqualTo("/login?expired");
        assertThat(attacker.login(name, anna.initialPassword(), "bogus-token")).isEqualTo("/login?expired");
        assertThat(attacker.loggedIn()).isFalse();

        // The login page's own form, with its token, logs in.
        Client browser = new Client().openLoginPage();
        assertThat(browser.login(name, anna.initialPassword())).doesNotContain("login");
        assertThat(browser.loggedIn()).isTrue();
    }

    @Test
    void five_wrong_passwords_hold_back_that_name_from_that_address_alike_for_unknown_names() throws Exception {
        CreatedAccount anna = caseworker();
        String known = anna.account().username();
        String unknown = "nobody" + Unique.tag();
        Client guesser = new Client().openLoginPage();

        for (int attempt = 1; attempt <= LoginThrottle.PER_NAME_AND_ADDRESS; attempt++) {
            assertThat(guesser.login(known, "wrong-" + attempt))
                    .as("known, attempt %d", attempt)
                    .isEqualTo("/login?error");
            assertThat(guesser.login(unknown, "wrong-" + attempt))
                    .as("unknown, attempt %d", attempt)
                    .isEqualTo("/login?error");
        }

        // Now held back, even with the right password, and the answer is the same for a name nobody has.
        assertThat(guesser.login(known, anna.initialPassword())).isEqualTo("/login?too-many");
        assertThat(guesser.login(unknown, "wrong")).isEqualTo("/login?too-many");
        assertThat(guesser.loggedIn()).isFalse();

        // Anna at her own computer is not held back: the guesses did not lock her account.
        Client annasBrowser = new Client().openLoginPage();
        assertThat(annasBrowser.login(known, anna.initialPassword())).doesNotContain("login");
        assertThat(annasBrowser.loggedIn()).isTrue();
        assertThat(jdbc.sql("select count(*) from account where username = ? and locked_until is null")
                        .param(known)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void one_address_trying_many_names_is_held_back_after_fifty_wrong_passwords() throws Exception {
        Client sprayer = new Client().openLoginPage();
        for (int attempt = 1; attempt <= LoginThrottle.PER_ADDRESS; attempt++) {
            assertThat(sprayer.login("spray" + Unique.tag(), "Sommer2026!"))
                    .as("attempt %d", attempt)
                    .isEqualTo("/login?error");
        }

        assertThat(sprayer.login("spray" + Unique.tag(), "Sommer2026!")).isEqualTo("/login?too-many");
    }

    @Test
    void a_session_without_a_request_of_its_user_for_the_idle_timeout_has_ended_on_the_server() throws Exception {
        CreatedAccount anna = caseworker();
        Client browser = new Client().openLoginPage();
        assertThat(browser.login(anna.account().username(), anna.initialPassword()))
                .doesNotContain("login");
        assertThat(browser.loggedIn()).isTrue();
        try {
            // Half an hour on, only the tab's heartbeat came: it does not keep the session.
            idle.skewForTests(idle.timeout().minusMinutes(1));
            assertThat(browser.get("/?v-r=heartbeat&v-uiId=0").statusCode()).isNotEqualTo(302);
            idle.skewForTests(idle.timeout().plusSeconds(1));
            HttpResponse<String> next = browser.get("/kursus");
            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        } finally {
            idle.skewForTests(java.time.Duration.ZERO);
        }
        assertThat(browser.loggedIn())
                .as("the session is gone, not just hidden")
                .isFalse();
    }
}
