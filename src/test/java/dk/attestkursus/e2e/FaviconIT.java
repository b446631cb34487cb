package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.testsupport.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The platform has an icon in the browser's tab and bookmarks: {@code /favicon.ico} and the icons the page names. */
@IntegrationTest
class FaviconIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    @Test
    void the_favicon_and_every_icon_the_page_links_are_served_to_anyone() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> ico = http.send(
                HttpRequest.newBuilder(URI.create(browser.url("/favicon.ico"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.body()).startsWith(0, 0, 1, 0); // the ICO header

        LoginPage.open(browser);
        List<String> icons = browser.findAll(By.cssSelector("link[rel='icon'], link[rel='apple-touch-icon']")).stream()
                .map(l -> l.getDomProperty("href"))
                .toList();
        assertThat(icons).hasSize(3).anyMatch(h -> h.endsWith(".svg"));
        for (String href : icons) {
            HttpResponse<Void> response =
                    http.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(href).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(href)
                    .startsWith("image/");
        }
    }
}
