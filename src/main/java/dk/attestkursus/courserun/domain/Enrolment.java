package dk.attestkursus.courserun.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An account's place in a run, as participant or instructor. The account is referred to by id. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_run_id", nullable = false)
    private long courseRunId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrolmentRole role;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    @SuppressWarnings("NullAway.Init")
    protected Enrolment() {
        // for JPA
    }

    public Enrolment(long courseRunId, long accountId, EnrolmentRole role, Instant enrolledAt) {
        this.courseRunId = courseRunId;
        this.accountId = accountId;
        this.role = role;
        this.enrolledAt = enrolledAt;
    }

    public long getCourseRunId() {
        return courseRunId;
    }

    public long getAccountId() {
        return accountId;
    }

    public EnrolmentRole getRole() {
        return role;
    }
}
