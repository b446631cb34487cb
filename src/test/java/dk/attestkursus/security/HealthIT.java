package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.testsupport.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The health a load balancer and a municipality's monitoring ask for (issue 24): liveness and readiness
 * answer anyone with the status alone; nothing else of the actuator can be reached.
 */
@IntegrationTest
class HealthIT {

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
    void liveness_and_readiness_answer_anyone_with_the_status_alone() throws Exception {
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            // The status (and the root's names of its two groups), never a component or a detail.
            assertThat(response.body().replace(" ", ""))
                    .as(path)
                    .contains("\"status\":\"UP\"")
                    .doesNotContain("components")
                    .doesNotContain("details")
                    .doesNotContain("mailOutbox")
                    .doesNotContain("\"db\"");
        }
    }

    @Test
    void nothing_else_of_the_actuator_is_reachable() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/health/db"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body())
                    .as(path)
                    .doesNotContain("\"status\":\"UP\"")
                    .doesNotContain("spring.");
        }
    }
}
