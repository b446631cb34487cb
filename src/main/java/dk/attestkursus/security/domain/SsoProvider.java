package dk.attestkursus.security.domain;

import dk.attestkursus.kernel.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A municipality's own OpenID Connect provider (issue 22): where its staff log in, with the client secret
 * kept encrypted, the claim that carries the e-mail, and whether local passwords still work.
 */
@Entity
@Table(name = "sso_provider")
public class SsoProvider extends VersionedEntity {

    @Column(nullable = false)
    private String issuer;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    /** The secret as {@code SecretBox} encrypted it, never as typed. */
    @Column(name = "client_secret", nullable = false)
    private String encryptedSecret;

    @Column(name = "email_claim", nullable = false)
    private String emailClaim;

    @Column(name = "password_login", nullable = false)
    private boolean passwordLogin;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @SuppressWarnings("NullAway.Init")
    protected SsoProvider() {
        // for JPA
    }

    public SsoProvider(
            String issuer,
            String clientId,
            String encryptedSecret,
            String emailClaim,
            boolean passwordLogin,
            Instant updatedAt) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.encryptedSecret = encryptedSecret;
        this.emailClaim = emailClaim;
        this.passwordLogin = passwordLogin;
        this.updatedAt = updatedAt;
    }

    public void change(String issuer, String clientId, String emailClaim, boolean passwordLogin, Instant now) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.emailClaim = emailClaim;
        this.passwordLogin = passwordLogin;
        this.updatedAt = now;
    }

    public void replaceSecret(String encryptedSecret) {
        this.encryptedSecret = encryptedSecret;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getEncryptedSecret() {
        return encryptedSecret;
    }

    public String getEmailClaim() {
        return emailClaim;
    }

    public boolean isPasswordLogin() {
        return passwordLogin;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
