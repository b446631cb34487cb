package dk.attestkursus.requests;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The caseworker's request for an exercise: the working copy, when it was saved, its version for
 * optimistic locking (-1 before the first save), and the submitted versions.
 */
public record MyRequest(
        String exerciseId,
        RequestFields fields,
        RequestStatus status,
        @Nullable Instant savedAt,
        long version,
        List<VersionSummary> versions) {

    public MyRequest {
        versions = List.copyOf(versions);
    }

    public boolean editable() {
        return status == RequestStatus.NOT_STARTED || status == RequestStatus.DRAFT || status == RequestStatus.RETURNED;
    }

    /** A submitted version as lists show it. */
    public record VersionSummary(
            RequestVersionId id, int number, Instant submittedAt, RequestStatus status, RequestFields fields) {}
}
