package dk.attestkursus.requests;

import dk.attestkursus.security.AccountId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A submitted version in a run's review queue. */
public record QueueItem(
        RequestVersionId versionId,
        String exerciseId,
        AccountId author,
        int number,
        Instant submittedAt,
        RequestStatus status,
        @Nullable AccountId lastReviewer) {}
