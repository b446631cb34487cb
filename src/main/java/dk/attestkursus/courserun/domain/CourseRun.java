package dk.attestkursus.courserun.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A course run (hold): one live session with its group. Kept minimal until the course-run issue. */
@Entity
@Table(name = "course_run")
public class CourseRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

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

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected CourseRun() {
        // for JPA
    }

    public CourseRun(String name, String municipality, Instant startsAt, int durationMinutes,
            @Nullable String location, @Nullable String meetingUrl, Instant createdAt) {
        this.name = name;
        this.municipality = municipality;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.location = location;
        this.meetingUrl = meetingUrl;
        this.createdAt = createdAt;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Course run not saved yet");
        }
        return id;
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
