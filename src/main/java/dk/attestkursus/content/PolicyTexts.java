package dk.attestkursus.content;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The platform's texts about itself (issue 25), read once from {@code content/privacy/} at start-up: the
 * privacy notice and the accessibility statement, public to anyone, and the record of processing the
 * platform keeps as processor (GDPR art. 30(2)), for administrators. A broken file stops the start with
 * a {@link ContentException} naming file and line.
 */
@Service
public class PolicyTexts {

    private final Map<String, PolicyText> texts;

    PolicyTexts(
            @Value("${attestkursus.content-dir:content}") Path root,
            @Value("${attestkursus.operator.name}") String operator,
            @Value("${attestkursus.operator.contact}") String contact) {
        if (operator.isBlank() || contact.isBlank()) {
            throw new IllegalStateException(
                    "set attestkursus.operator.name and attestkursus.operator.contact (OPERATOR_NAME, OPERATOR_CONTACT)");
        }
        this.texts = PolicyTextLoader.load(
                root.toAbsolutePath().normalize(),
                Map.of(PolicyTextLoader.OPERATOR, operator.strip(), PolicyTextLoader.CONTACT, contact.strip()));
    }

    /** The privacy notice (privatlivspolitik), for anyone, logged in or not. */
    @PreAuthorize("permitAll()")
    public PolicyText privacyNotice() {
        return texts.get(PolicyTextLoader.PRIVACY_NOTICE);
    }

    /** The accessibility statement (tilgængelighedserklæring), for anyone, as the law asks. */
    @PreAuthorize("permitAll()")
    public PolicyText accessibilityStatement() {
        return texts.get(PolicyTextLoader.ACCESSIBILITY_STATEMENT);
    }

    /** The record of processing the platform keeps as processor, for municipal and platform administrators. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLATFORM_ADMIN')")
    public PolicyText processingRecord() {
        return texts.get(PolicyTextLoader.PROCESSING_RECORD);
    }
}
