package dk.attestkursus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The build writes a CycloneDX SBOM of the production jar (issue 24): it is on the classpath where the jar
 * carries it, names the application, and lists what runs in production but not what only the tests use.
 */
class SbomTest {

    @Test
    void the_build_writes_a_cyclonedx_sbom_of_the_runtime_dependencies() throws IOException {
        JsonNode bom;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/sbom/application.cdx.json")) {
            assertThat(in)
                    .as("META-INF/sbom/application.cdx.json on the classpath")
                    .isNotNull();
            bom = new ObjectMapper().readTree(in);
        }
        assertThat(bom.path("bomFormat").asText()).isEqualTo("CycloneDX");
        assertThat(bom.path("metadata").path("component").path("name").asText()).isEqualTo("attestkursus");
        List<String> components = new ArrayList<>();
        bom.path("components")
                .forEach(c -> components.add(
                        c.path("group").asText() + ":" + c.path("name").asText()));
        assertThat(components)
                .contains(
                        "com.vaadin:flow-server",
                        "org.springframework.boot:spring-boot",
                        "org.xhtmlrenderer:flying-saucer-pdf")
                .noneMatch(c -> c.startsWith("org.seleniumhq.selenium:"))
                .noneMatch(c -> c.startsWith("org.junit.jupiter:"));
    }
}
