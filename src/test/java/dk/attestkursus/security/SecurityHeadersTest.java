package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** HSTS is sent under {@code prod} only (a developer's http://localhost must not be pinned to https). */
class SecurityHeadersTest {

    private static MockHttpServletResponse answer(boolean hsts) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityHeaders.filter(hsts)
                .doFilter(new MockHttpServletRequest("GET", "/login"), response, new MockFilterChain());
        return response;
    }

    @Test
    void hsts_is_sent_when_switched_on_and_the_prod_profile_switches_it_on() throws Exception {
        assertThat(answer(true).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(answer(false).getHeader("Strict-Transport-Security")).isNull();
        assertThat(answer(false).getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        Properties prod = new Properties();
        try (var in = new ClassPathResource("application-prod.properties").getInputStream()) {
            prod.load(in);
        }
        assertThat(prod.getProperty("attestkursus.security.hsts")).isEqualTo("${HSTS:true}");
        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("${SESSION_COOKIE_SECURE:true}");
    }
}
