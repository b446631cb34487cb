package dk.attestkursus.base;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The platform's public address, for links that leave the browser: in mails and on printed course
 * certificates. {@code attestkursus.base-url} ({@code BASE_URL}) wins; a production site sets it. Without
 * it, a link made while a user's request is served uses the address that browser used (so a certificate
 * printed on port 8081 says 8081), and a link made by a scheduled job uses this machine and the port the
 * server listens on.
 */
@Component
public class SiteAddress {

    private static final Logger LOG = LoggerFactory.getLogger(SiteAddress.class);

    private final String configured;
    private final Environment environment;
    private volatile boolean warned;

    SiteAddress(@Value("${attestkursus.base-url:}") String configured, Environment environment) {
        this.configured = trimSlash(configured.strip());
        this.environment = environment;
    }

    /** The address without a trailing slash, e.g. {@code https://kursus.kommune.dk}. */
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        HttpServletRequest request = currentRequest();
        if (request != null) {
            return fromRequest(
                    request.getScheme(), request.getServerName(), request.getServerPort(), request.getContextPath());
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        if (!warned) {
            warned = true;
            LOG.warn("attestkursus.base-url (BASE_URL) is not set: links in mails point to http://localhost:{}", port);
        }
        return "http://localhost:" + port;
    }

    /** {@code base()} followed by a path such as {@code bevis/K7QX2M9TRA}. */
    public String link(String path) {
        return base() + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    static String fromRequest(String scheme, String host, int port, @Nullable String contextPath) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = "http".equals(lowerScheme) && port == 80 || "https".equals(lowerScheme) && port == 443;
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return lowerScheme + "://" + hostPart + (defaultPort || port <= 0 ? "" : ":" + port)
                + trimSlash(contextPath == null ? "" : contextPath);
    }

    private static @Nullable HttpServletRequest currentRequest() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin instanceof HttpServletRequest servlet) {
            return servlet;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        return null;
    }

    private static String trimSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
