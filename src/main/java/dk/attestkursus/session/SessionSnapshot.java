package dk.attestkursus.session;

import dk.attestkursus.courserun.CourseRunId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A run's session at one moment: the programme, the current block and slide, and what the
 * instructors have opened for the participants. {@code version} grows with every change, so a
 * screen that receives snapshots out of order keeps the newest.
 *
 * @param openTarget {@code poll:<myth id>} or {@code exercise:<exercise id>} while one is open
 */
public record SessionSnapshot(
        CourseRunId runId,
        long version,
        Instant sessionStartsAt,
        int plannedMinutes,
        List<SessionBlock> blocks,
        @Nullable BlockId currentBlockId,
        @Nullable Instant blockStartedAt,
        int slideIndex,
        @Nullable Instant startedAt,
        @Nullable Instant endedAt,
        @Nullable String openTarget) {

    public SessionSnapshot {
        blocks = List.copyOf(blocks);
    }

    public boolean isNewerThan(@Nullable SessionSnapshot other) {
        return other == null || version > other.version;
    }

    public Optional<SessionBlock> current() {
        return blocks.stream().filter(b -> b.id().equals(currentBlockId)).findFirst();
    }

    /** The block after the current one; before the session starts, the first block. */
    public Optional<SessionBlock> next() {
        if (startedAt == null) {
            return blocks.stream().findFirst();
        }
        return current()
                .flatMap(c ->
                        blocks.stream().filter(b -> b.position() > c.position()).findFirst());
    }

    public boolean running() {
        return startedAt != null && endedAt == null;
    }

    /** Minutes of all blocks as the run has adapted them. */
    public int totalMinutes() {
        return blocks.stream().mapToInt(SessionBlock::minutes).sum();
    }

    public Optional<String> openPoll() {
        return openTarget != null && openTarget.startsWith(POLL)
                ? Optional.of(openTarget.substring(POLL.length()))
                : Optional.empty();
    }

    public Optional<String> openExercise() {
        return openTarget != null && openTarget.startsWith(EXERCISE)
                ? Optional.of(openTarget.substring(EXERCISE.length()))
                : Optional.empty();
    }

    static final String POLL = "poll:";
    static final String EXERCISE = "exercise:";
}
