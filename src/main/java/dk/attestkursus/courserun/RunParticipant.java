package dk.attestkursus.courserun;

import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A participant of a run as the instructors' list shows them: who, which team and leader, attended or not. */
public record RunParticipant(
        AccountId id,
        String name,
        String email,
        @Nullable String team,
        @Nullable String leaderName,
        Instant enrolledAt,
        @Nullable Instant attendedAt) {

    public boolean attended() {
        return attendedAt != null;
    }

    public Optional<String> teamName() {
        return Optional.ofNullable(team);
    }
}
