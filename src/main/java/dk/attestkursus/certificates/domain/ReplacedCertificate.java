package dk.attestkursus.certificates.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A code a certificate had before it was reissued (issue 23), with what the certificate said then, so the
 * old code still verifies: as replaced, with the date. Never changed once written.
 */
@Entity
@Table(name = "replaced_certificate")
public class ReplacedCertificate extends BaseEntity {

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private long certificateId;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "holder_name", nullable = false, updatable = false)
    private String holderName;

    @Column(name = "course_title", nullable = false, updatable = false)
    private String courseTitle;

    @Column(name = "session_date", nullable = false, updatable = false)
    private LocalDate sessionDate;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    private Instant replacedAt;

    @Column(name = "replaced_by", nullable = false, updatable = false)
    private long replacedBy;

    @Column(nullable = false, updatable = false)
    private String reason;

    @SuppressWarnings("NullAway.Init")
    protected ReplacedCertificate() {
        // for JPA
    }

    /** The certificate as it reads before its reissue. */
    public ReplacedCertificate(IssuedCertificate before, String reason, long by, Instant now) {
        this.certificateId = before.requireId();
        this.code = before.getCode();
        this.holderName = before.getHolderName();
        this.courseTitle = before.getCourseTitle();
        this.sessionDate = before.getSessionDate();
        this.issuedAt = before.getIssuedAt();
        this.replacedAt = now;
        this.replacedBy = by;
        this.reason = reason;
    }

    public long getCertificateId() {
        return certificateId;
    }

    public String getCode() {
        return code;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }

    public String getReason() {
        return reason;
    }
}
