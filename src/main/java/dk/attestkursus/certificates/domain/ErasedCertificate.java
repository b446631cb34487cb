package dk.attestkursus.certificates.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The code of a certificate deleted with its holder's data (issue 25): it verifies as "withdrawn or
 * deleted" and is never given out again. The code only, nothing about the person. Never changed.
 */
@Entity
@Table(name = "erased_certificate")
public class ErasedCertificate extends BaseEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "erased_at", nullable = false, updatable = false)
    private Instant erasedAt;

    @SuppressWarnings("NullAway.Init")
    protected ErasedCertificate() {
        // for JPA
    }

    public ErasedCertificate(String code, Instant erasedAt) {
        this.code = code;
        this.erasedAt = erasedAt;
    }

    public String getCode() {
        return code;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }
}
