package dk.attestkursus.courserun.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An account's active participant place in a run, and when it attended (null if not yet). */
public record ParticipantPlace(
        long accountId, long courseRunId, @Nullable Instant attendedAt) {}
