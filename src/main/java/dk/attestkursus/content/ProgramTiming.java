package dk.attestkursus.content;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Pure timing arithmetic for the facilitator view: the clock times of the blocks, and overrun. */
public final class ProgramTiming {

    private ProgramTiming() {}

    /** A block's place on the clock. A session past midnight wraps, as {@link LocalTime} does. */
    public record Slot(LocalTime start, LocalTime end) {}

    /** Start and end of each block when the session starts at {@code start}, the blocks back to back. */
    public static List<Slot> schedule(LocalTime start, List<Integer> minutes) {
        List<Slot> slots = new ArrayList<>();
        LocalTime at = start;
        for (int m : minutes) {
            if (m < 0) {
                throw new IllegalArgumentException("a block cannot last " + m + " minutes");
            }
            LocalTime end = at.plusMinutes(m);
            slots.add(new Slot(at, end));
            at = end;
        }
        return List.copyOf(slots);
    }

    /** How far past its planned {@code minutes} a block started at {@code blockStartedAt} is at {@code now}; zero if not. */
    public static Duration overrun(Instant blockStartedAt, int minutes, Instant now) {
        if (minutes < 0) {
            throw new IllegalArgumentException("a block cannot last " + minutes + " minutes");
        }
        Duration over = Duration.between(blockStartedAt.plus(Duration.ofMinutes(minutes)), now);
        return over.isNegative() ? Duration.ZERO : over;
    }
}
