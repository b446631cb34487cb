package dk.attestkursus.certificates.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A certificate as it was issued: what it says is kept, so it reads the same later. The holder and
 * the run are referred to by id; the instructors are kept as the printed line.
 */
@Entity
@Table(name = "certificate")
public class IssuedCertificate extends BaseEntity {

    @Column(nullable = false)
    private String code;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "course_run_id", nullable = false, updatable = false)
    private long courseRunId;

    @Column(name = "holder_name", nullable = false)
    private String holderName;

    @Column(name = "course_title", nullable = false, updatable = false)
    private String courseTitle;

    @Column(name = "run_name", nullable = false, updatable = false)
    private String runName;

    @Column(name = "session_date", nullable = false, updatable = false)
    private LocalDate sessionDate;

    @Column(nullable = false)
    private String instructors;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    @Column(name = "withdrawn_reason")
    private @Nullable String withdrawnReason;

    @Column(name = "withdrawn_by")
    private @Nullable Long withdrawnBy;

    @SuppressWarnings("NullAway.Init")
    protected IssuedCertificate() {
        // for JPA
    }

    public IssuedCertificate(
            String code,
            long accountId,
            long courseRunId,
            String holderName,
            String courseTitle,
            String runName,
            LocalDate sessionDate,
            String instructors,
            Instant issuedAt) {
        this.code = code;
        this.accountId = accountId;
        this.courseRunId = courseRunId;
        this.holderName = holderName;
        this.courseTitle = courseTitle;
        this.runName = runName;
        this.sessionDate = sessionDate;
        this.instructors = instructors;
        this.issuedAt = issuedAt;
    }

    public String getCode() {
        return code;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getCourseRunId() {
        return courseRunId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getRunName() {
        return runName;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public String getInstructors() {
        return instructors;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    /** Withdraws the certificate (issue 23): its code then verifies as withdrawn, with the date. */
    /**
     * Issued again after a correction (issue 23): a new code and what the certificate says now; the old
     * code is kept by a {@link ReplacedCertificate}. The course, run and session date stay.
     */
    public void reissue(String newCode, String newHolderName, String newInstructors, Instant now) {
        this.code = newCode;
        this.holderName = newHolderName;
        this.instructors = newInstructors;
        this.issuedAt = now;
    }

    public void withdraw(String reason, long by, Instant now) {
        this.withdrawnAt = now;
        this.withdrawnReason = reason;
        this.withdrawnBy = by;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public @Nullable Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public @Nullable String getWithdrawnReason() {
        return withdrawnReason;
    }

    public @Nullable Long getWithdrawnBy() {
        return withdrawnBy;
    }
}
