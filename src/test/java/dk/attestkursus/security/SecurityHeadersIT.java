package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.testsupport.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The headers public buyers check (issue 24), as curl sees them: the login page and a page that needs a
 * login answer with frame, content-type, referrer and permissions rules; the session cookie is HttpOnly and
 * SameSite; a request without a cookie is sent to the login page without a session id in the address.
 */
@IntegrationTest
class SecurityHeadersIT {

    @Value("${local.server.port}")
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_login_page_and_a_protected_page_carry_the_security_headers() throws Exception {
        for (String path : List.of("/login", "/kursus", "/VAADIN/static/")) {
            HttpResponse<String> response = get(path);
            var headers = response.headers();
            // Vaadin's configurer sets SAMEORIGIN for older browsers; CSP frame-ancestors is what browsers obey.
            assertThat(headers.firstValue("X-Frame-Options"))
                    .as(path + " " + headers.map())
                    .isPresent();
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(path + " " + headers.map())
                    .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options"))
                    .as(path + " " + headers.map())
                    .hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy"))
                    .as(path + " " + headers.map())
                    .hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy"))
                    .as(path + " " + headers.map())
                    .hasValueSatisfying(v -> assertThat(v).contains("camera=()", "microphone=()", "geolocation=()"));
        }
    }

    @Test
    void a_vaadin_page_allows_only_its_own_scripts_with_a_fresh_nonce_each_time() throws Exception {
        String first =
                get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();
        String second =
                get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(first)
                .contains("script-src 'nonce-", "'strict-dynamic'", "object-src 'none'", "base-uri 'self'")
                .contains("form-action 'self'", "frame-ancestors 'none'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(nonce(first)).isNotEqualTo(nonce(second));
        assertThat(get("/login").body()).contains("nonce=\"");
    }

    private static String nonce(String policy) {
        int at = policy.indexOf("'nonce-") + 7;
        return policy.substring(at, policy.indexOf('\'', at));
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_never_in_an_address() throws Exception {
        HttpResponse<String> protectedPage = get("/kursus");
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        String location = protectedPage.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid");
        List<String> cookies = protectedPage.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        HttpResponse<String> bundle = get("/VAADIN/static/");
        assertThat(bundle.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
    }
}
