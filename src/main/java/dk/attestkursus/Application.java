package dk.attestkursus;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Attestkursus: the platform for the course "Bedre LÆ-attester".
 *
 * <p>Styling is plain CSS loaded at run time on top of Lumo (no custom frontend bundle can be
 * built on our machines, see docs/decisions/002-frontend-without-bundle.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/attestkursus.css")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        StartupReport report = StartupReport.attachIfAsked(application);
        application.run(args);
        if (report != null) {
            report.log();
        }
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addLink("icons/favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addLink("icons/favicon.ico", Map.of("rel", "icon", "sizes", "48x48"));
        settings.addLink("apple-touch-icon", "icons/apple-touch-icon.png");
    }
}
