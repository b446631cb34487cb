package dk.attestkursus.kernel;

/**
 * An id that says what it is the id of (whereabouts' typed ids): a service API takes a
 * {@code PollId} or a {@code CourseRunId}, never a bare {@code long}, so an id of one thing cannot be
 * passed where another is meant. Each feature declares the ids of what it owns as records
 * implementing this; features refer to each other's data only by these.
 */
public interface TypedId {

    /** The database id. */
    long value();
}
