package dk.attestkursus.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramTimingTest {

    @Test
    void blocks_are_scheduled_back_to_back_from_the_start() {
        List<ProgramTiming.Slot> slots = ProgramTiming.schedule(LocalTime.of(9, 0), List.of(5, 50, 15, 50, 30));

        assertThat(slots)
                .containsExactly(
                        new ProgramTiming.Slot(LocalTime.of(9, 0), LocalTime.of(9, 5)),
                        new ProgramTiming.Slot(LocalTime.of(9, 5), LocalTime.of(9, 55)),
                        new ProgramTiming.Slot(LocalTime.of(9, 55), LocalTime.of(10, 10)),
                        new ProgramTiming.Slot(LocalTime.of(10, 10), LocalTime.of(11, 0)),
                        new ProgramTiming.Slot(LocalTime.of(11, 0), LocalTime.of(11, 30)));
    }

    @Test
    void no_blocks_no_slots_and_negative_minutes_are_refused() {
        assertThat(ProgramTiming.schedule(LocalTime.NOON, List.of())).isEmpty();
        assertThatThrownBy(() -> ProgramTiming.schedule(LocalTime.NOON, List.of(10, -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_real_runbook_ends_two_and_a_half_hours_after_it_starts() {
        Program program = new ContentLoader().load(Path.of("content")).program();

        List<ProgramTiming.Slot> slots = ProgramTiming.schedule(LocalTime.of(13, 0), program.minutes());

        assertThat(slots).hasSameSizeAs(program.blocks());
        assertThat(slots.getLast().end()).isEqualTo(LocalTime.of(15, 30));
    }

    private static final Instant START = Instant.parse("2025-03-04T09:00:00Z");

    @Test
    void a_block_within_its_time_has_no_overrun() {
        assertThat(ProgramTiming.overrun(START, 25, START)).isZero();
        assertThat(ProgramTiming.overrun(START, 25, START.plusSeconds(24 * 60 + 59)))
                .isZero();
        assertThat(ProgramTiming.overrun(START, 25, START.plusSeconds(25 * 60))).isZero();
    }

    @Test
    void a_block_past_its_time_has_overrun_by_the_excess() {
        assertThat(ProgramTiming.overrun(
                        START, 25, START.plus(Duration.ofMinutes(27).plusSeconds(30))))
                .isEqualTo(Duration.ofMinutes(2).plusSeconds(30));
        assertThat(ProgramTiming.overrun(START, 0, START.plusSeconds(1))).isEqualTo(Duration.ofSeconds(1));
    }
}
