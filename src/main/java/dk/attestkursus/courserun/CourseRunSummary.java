package dk.attestkursus.courserun;

import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A course run as the start pages show it. Instructors are referred to by account id. */
public record CourseRunSummary(
        CourseRunId id,
        String name,
        String municipality,
        Instant startsAt,
        int durationMinutes,
        @Nullable String location,
        @Nullable String meetingUrl,
        List<AccountId> instructorIds,
        int participantCount,
        boolean online,
        @Nullable Integer capacity,
        @Nullable LocalDate followUpFirst,
        @Nullable LocalDate followUpSecond,
        @Nullable Instant cancelledAt,
        @Nullable String cancelReason) {

    public CourseRunSummary {
        instructorIds = List.copyOf(instructorIds);
    }

    /** A run that is not cancelled. */
    public CourseRunSummary(
            CourseRunId id,
            String name,
            String municipality,
            Instant startsAt,
            int durationMinutes,
            @Nullable String location,
            @Nullable String meetingUrl,
            List<AccountId> instructorIds,
            int participantCount,
            boolean online,
            @Nullable Integer capacity,
            @Nullable LocalDate followUpFirst,
            @Nullable LocalDate followUpSecond) {
        this(
                id,
                name,
                municipality,
                startsAt,
                durationMinutes,
                location,
                meetingUrl,
                instructorIds,
                participantCount,
                online,
                capacity,
                followUpFirst,
                followUpSecond,
                null,
                null);
    }

    /** Whether the run was cancelled (then {@link #cancelReason} says why). */
    public boolean cancelled() {
        return cancelledAt != null;
    }

    public Optional<String> place() {
        return Optional.ofNullable(location);
    }

    public Optional<String> meetingLink() {
        return Optional.ofNullable(meetingUrl);
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(durationMinutes * 60L);
    }
}
