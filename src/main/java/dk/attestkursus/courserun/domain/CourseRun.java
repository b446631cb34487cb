package dk.attestkursus.courserun.domain;

import dk.attestkursus.kernel.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A course run (hold): one live session with its group, its format, capacity and follow-up dates. */
@Entity
@Table(name = "course_run")
public class CourseRun extends VersionedEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String municipality;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    private @Nullable String location;

    @Column(name = "meeting_url")
    private @Nullable String meetingUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    private boolean online;

    private @Nullable Integer capacity;

    @Column(name = "follow_up_first")
    private @Nullable LocalDate followUpFirst;

    @Column(name = "follow_up_second")
    private @Nullable LocalDate followUpSecond;

    @Column(name = "check_in_code")
    private @Nullable String checkInCode;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    @Column(name = "cancel_reason")
    private @Nullable String cancelReason;

    @Column(name = "cancelled_by")
    private @Nullable Long cancelledBy;

    @SuppressWarnings("NullAway.Init")
    protected CourseRun() {
        // for JPA
    }

    public CourseRun(
            String name,
            String municipality,
            Instant startsAt,
            int durationMinutes,
            @Nullable String location,
            @Nullable String meetingUrl,
            Instant createdAt) {
        this.name = name;
        this.municipality = municipality;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.location = location;
        this.meetingUrl = meetingUrl;
        this.createdAt = createdAt;
    }

    /** Replaces what an instructor or administrator edits. Validation is the service's job. */
    public void edit(
            String newName,
            String newMunicipality,
            Instant newStartsAt,
            int newDurationMinutes,
            boolean newOnline,
            @Nullable String newLocation,
            @Nullable String newMeetingUrl,
            @Nullable Integer newCapacity,
            @Nullable LocalDate first,
            @Nullable LocalDate second,
            Instant now) {
        this.name = newName;
        this.municipality = newMunicipality;
        this.startsAt = newStartsAt;
        this.durationMinutes = newDurationMinutes;
        this.online = newOnline;
        this.location = newLocation;
        this.meetingUrl = newMeetingUrl;
        this.capacity = newCapacity;
        this.followUpFirst = first;
        this.followUpSecond = second;
        this.updatedAt = now;
    }

    /** Cancels the run, with the reason the participants are told. Validation is the service's job. */
    public void cancel(String reason, long by, Instant now) {
        this.cancelledAt = now;
        this.cancelReason = reason;
        this.cancelledBy = by;
        this.updatedAt = now;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public @Nullable Instant getCancelledAt() {
        return cancelledAt;
    }

    public @Nullable String getCancelReason() {
        return cancelReason;
    }

    public void setCheckInCode(String code) {
        this.checkInCode = code;
    }

    public @Nullable String getCheckInCode() {
        return checkInCode;
    }

    public boolean isOnline() {
        return online;
    }

    public @Nullable Integer getCapacity() {
        return capacity;
    }

    public @Nullable LocalDate getFollowUpFirst() {
        return followUpFirst;
    }

    public @Nullable LocalDate getFollowUpSecond() {
        return followUpSecond;
    }

    public String getName() {
        return name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public @Nullable String getLocation() {
        return location;
    }

    public @Nullable String getMeetingUrl() {
        return meetingUrl;
    }
}
