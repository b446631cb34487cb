package dk.attestkursus.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of every page Vaadin serves (issue 24, decision 029): scripts only from the page
 * itself with a fresh nonce per page and what those scripts load ({@code 'strict-dynamic'}), so an injected
 * {@code <script>} or event-handler attribute does not run. Every relaxation is one Vaadin needs, named in
 * decision 029: {@code 'unsafe-eval'} (Flow runs {@code executeJs} through {@code new Function}),
 * {@code style-src 'unsafe-inline'} (the web components' templates carry style attributes). Other responses
 * (downloads, the actuator) keep {@link SecurityHeaders#CSP}.
 */
@Component
class ContentSecurityPolicy implements VaadinServiceInitListener {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The policy of a page whose scripts carry {@code nonce}. */
    static String forPage(String nonce) {
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'nonce-" + nonce + "' 'strict-dynamic' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-src 'none'",
                "frame-ancestors 'none'");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            String nonce = Base64.getEncoder().encodeToString(bytes);
            page.getDocument().select("script").attr("nonce", nonce);
            page.getVaadinResponse().setHeader("Content-Security-Policy", forPage(nonce));
        });
    }
}
