package dk.attestkursus.myths;

import dk.attestkursus.kernel.TypedId;

/** Typed id of a live poll (a myth opened for voting in a run's session). */
public record PollId(long value) implements TypedId {

    /** Later polls have larger ids: screens order snapshots by it. */
    public boolean isAfter(PollId other) {
        return value > other.value;
    }
}
