package dk.attestkursus.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Links in mails and on certificates: the configured address, else the browser's, else this machine's port. */
class SiteAddressTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_configured_base_url_wins_without_its_trailing_slash() {
        browserAt("http", "localhost", 8081);
        SiteAddress site = new SiteAddress("https://kursus.kommune.dk/", new MockEnvironment());
        assertThat(site.link("bevis/K7QX2M9TRA")).isEqualTo("https://kursus.kommune.dk/bevis/K7QX2M9TRA");
    }

    @Test
    void without_one_a_link_made_for_a_browser_uses_the_address_it_used() {
        browserAt("http", "localhost", 8081);
        assertThat(new SiteAddress("", new MockEnvironment()).link("/bevis/X"))
                .isEqualTo("http://localhost:8081/bevis/X");
        browserAt("https", "kursus.kommune.dk", 443);
        assertThat(new SiteAddress("", new MockEnvironment()).base()).isEqualTo("https://kursus.kommune.dk");
    }

    @Test
    void without_one_or_a_browser_a_scheduled_mail_links_to_the_port_the_server_listens_on() {
        MockEnvironment env =
                new MockEnvironment().withProperty("server.port", "0").withProperty("local.server.port", "43117");
        assertThat(new SiteAddress(" ", env).base()).isEqualTo("http://localhost:43117");
    }

    private static void browserAt(String scheme, String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
