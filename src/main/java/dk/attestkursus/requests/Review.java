package dk.attestkursus.requests;

import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A submitted version with its review, as instructors work on it and as the caseworker reads the
 * returned feedback.
 *
 * @param previous the version before, to compare with (null for the first)
 * @param reviewVersion the review's version for optimistic locking (-1 before the first save)
 */
public record Review(
        RequestVersionId versionId,
        String exerciseId,
        AccountId author,
        int number,
        Instant submittedAt,
        RequestStatus status,
        RequestFields fields,
        @Nullable RequestFields previous,
        List<Advice> guidance,
        ReviewInput input,
        @Nullable AccountId startedBy,
        @Nullable AccountId updatedBy,
        @Nullable Instant updatedAt,
        @Nullable AccountId returnedBy,
        long reviewVersion) {

    public Review {
        guidance = List.copyOf(guidance);
    }
}
