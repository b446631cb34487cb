package dk.attestkursus.courserun.domain;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.kernel.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An account's place in a run, as participant or instructor. The account is referred to by id. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends VersionedEntity {

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

    @Column(name = "attended_at")
    private @Nullable Instant attendedAt;

    @Column(name = "attendance_by")
    private @Nullable Long attendanceBy;

    /** For a guest instructor from another municipality: their own municipality (decision 020). */
    @Column(name = "guest_of")
    private @Nullable Long guestOf;

    /** For a guest instructor: the name they were invited under (the host cannot read their account). */
    @Column(name = "guest_name")
    private @Nullable String guestName;

    /** The account id while this is an active participant place, else null: unique in the database. */
    @Column(name = "active_participant")
    private @Nullable Long activeParticipant;

    @SuppressWarnings("NullAway.Init")
    protected Enrolment() {
        // for JPA
    }

    public Enrolment(long courseRunId, long accountId, EnrolmentRole role, Instant enrolledAt) {
        this.courseRunId = courseRunId;
        this.accountId = accountId;
        this.role = role;
        this.enrolledAt = enrolledAt;
        this.activeParticipant = role == EnrolmentRole.PARTICIPANT ? accountId : null;
    }

    /** An instructor place for a practice consultant of another municipality, invited by the host's administrator. */
    public static Enrolment guest(long courseRunId, long accountId, MunicipalityId home, String name, Instant now) {
        Enrolment e = new Enrolment(courseRunId, accountId, EnrolmentRole.INSTRUCTOR, now);
        e.guestOf = home.value();
        e.guestName = name;
        return e;
    }

    public boolean isGuest() {
        return guestOf != null;
    }

    public @Nullable MunicipalityId getGuestOf() {
        return guestOf == null ? null : new MunicipalityId(guestOf);
    }

    public @Nullable String getGuestName() {
        return guestName;
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public void withdraw(Instant now) {
        this.withdrawnAt = now;
        this.activeParticipant = null;
    }

    /** Takes a withdrawn person back into the run: a fresh start, without the old attendance. */
    public void reenrol(Instant now) {
        this.withdrawnAt = null;
        this.enrolledAt = now;
        this.activeParticipant = role == EnrolmentRole.PARTICIPANT ? accountId : null;
        this.attendedAt = null;
        this.attendanceBy = null;
    }

    /** Records attendance; {@code by} is the instructor who ticked it, or the participant who checked in. */
    public void markAttended(Instant at, long by) {
        if (attendedAt == null) {
            this.attendedAt = at;
            this.attendanceBy = by;
        }
    }

    public void clearAttendance() {
        this.attendedAt = null;
        this.attendanceBy = null;
    }

    public @Nullable Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public @Nullable Instant getAttendedAt() {
        return attendedAt;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
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
