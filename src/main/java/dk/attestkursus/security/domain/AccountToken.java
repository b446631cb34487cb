package dk.attestkursus.security.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal link sent by mail: only the hash of its token is kept (issue 22). */
@Entity
@Table(name = "account_token")
public class AccountToken extends BaseEntity {

    /** What a link is for. */
    public enum Purpose {
        INVITATION,
        RESET
    }

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "replaced_at")
    private @Nullable Instant replacedAt;

    @SuppressWarnings("NullAway.Init")
    protected AccountToken() {
        // for JPA
    }

    public AccountToken(long accountId, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isReplaced() {
        return replacedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public void replace(Instant now) {
        if (usedAt == null && replacedAt == null) {
            this.replacedAt = now;
        }
    }
}
