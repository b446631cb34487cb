package dk.attestkursus.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts what the platform must be able to read back but the database must not show, such as a
 * municipality's client secret (issue 22): AES-256-GCM with a random IV per value (Spring Security's
 * {@link Encryptors#delux}), the key derived from {@code attestkursus.sso.secret-key} (SSO_SECRET_KEY),
 * which lives outside the database and must be the same on every instance. Without a key (production
 * that has not set one) nothing can be stored, and the administrator is told why.
 */
@Component
class SecretBox {

    /** The salt of the key derivation; the key's secrecy comes from the configured password alone. */
    private static final String SALT = "a7d1c3e59b2f4068";

    private final TextEncryptor encryptor;
    private final boolean configured;

    /** A key shorter than this is refused at start-up: the database's copy must not be open to guessing. */
    static final int MIN_KEY_LENGTH = 32;

    SecretBox(@Value("${attestkursus.sso.secret-key:}") String key) {
        if (!key.isBlank() && key.strip().length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("attestkursus.sso.secret-key (SSO_SECRET_KEY) must be at least "
                    + MIN_KEY_LENGTH + " characters: a long random string, e.g. openssl rand -base64 48");
        }
        this.configured = !key.isBlank();
        this.encryptor = configured ? Encryptors.delux(key, SALT) : Encryptors.noOpText();
    }

    boolean configured() {
        return configured;
    }

    String seal(String plain) {
        if (!configured) {
            throw new IllegalStateException("attestkursus.sso.secret-key is not set");
        }
        return encryptor.encrypt(plain);
    }

    String open(String sealed) {
        if (!configured) {
            throw new IllegalStateException("attestkursus.sso.secret-key is not set");
        }
        return encryptor.decrypt(sealed);
    }
}
