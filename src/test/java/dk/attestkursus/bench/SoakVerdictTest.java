package dk.attestkursus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.bench.SoakVerdict.Outcome;
import dk.attestkursus.bench.SoakVerdict.Point;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The soak benchmark's rules on made-up series: a leak fails, a plateau with noise does not. */
class SoakVerdictTest {

    @Test
    void a_heap_that_rises_by_a_few_megabytes_every_quarter_hour_is_growing() {
        List<Point> heap = new ArrayList<>();
        for (int m = 0; m <= 120; m += 15) {
            heap.add(new Point(m, 150 + m * 0.5)); // 30 MB/h
        }
        SoakVerdict.Growth growth = SoakVerdict.growth(heap, 60, 10, 0.10 * 180);
        assertThat(growth.outcome()).isEqualTo(Outcome.GROWING);
        assertThat(growth.samples()).isEqualTo(5);
        assertThat(growth.slopePerHour()).isCloseTo(30, Offset.offset(0.01));
    }

    @Test
    void a_plateau_with_noise_after_a_rising_warm_up_is_not() {
        List<Point> heap = List.of(
                new Point(0, 90),
                new Point(15, 130),
                new Point(30, 150),
                new Point(45, 165),
                new Point(60, 172),
                new Point(75, 166),
                new Point(90, 175),
                new Point(105, 168),
                new Point(120, 171));
        assertThat(SoakVerdict.growth(heap, 60, 10, 0.10 * 172).outcome()).isEqualTo(Outcome.OK);
        // With the warm-up counted the rise of the first hour would fail it: the warm-up is left out.
        assertThat(SoakVerdict.growth(heap, 0, 10, 0.10 * 90).outcome()).isEqualTo(Outcome.GROWING);
    }

    @Test
    void a_slope_without_a_real_rise_is_not_growth() {
        // Slope above the limit, but the last sample is only 5 % above the first.
        List<Point> heap = List.of(
                new Point(60, 100), new Point(75, 104), new Point(90, 107), new Point(105, 103), new Point(120, 105));
        assertThat(SoakVerdict.growth(heap, 60, 3, 10).outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void fewer_than_three_samples_after_the_warm_up_give_no_verdict() {
        List<Point> heap = List.of(new Point(0, 100), new Point(1, 200), new Point(2, 300), new Point(3, 400));
        assertThat(SoakVerdict.growth(heap, 2.5, 10, 1).outcome()).isEqualTo(Outcome.NOT_ENOUGH_DATA);
    }

    @Test
    void the_warm_up_is_one_session_timeout_when_the_run_leaves_three_samples_after_it() {
        assertThat(SoakVerdict.warmUpMinutes(120, 15, 60)).isEqualTo(60);
        assertThat(SoakVerdict.warmUpMinutes(90, 15, 60)).isEqualTo(60);
        assertThat(SoakVerdict.warmUpMinutes(80, 15, 60)).isEqualTo(30);
        assertThat(SoakVerdict.warmUpMinutes(120, 15, 20)).isEqualTo(30);
    }

    @Test
    void sessions_left_behind_that_expire_pass_and_sessions_that_never_expire_fail() {
        List<SoakVerdict.SessionPoint> freed = new ArrayList<>();
        List<SoakVerdict.SessionPoint> neverFreed = new ArrayList<>();
        for (int m = 0; m <= 120; m++) {
            // Tabs closed from minute 5 on: the first session left behind has been unused since then;
            // freed, none stays longer than the timeout (and the sweep a minute later).
            double sinceFirst = m < 5 ? 0 : m - 5;
            freed.add(new SoakVerdict.SessionPoint(m, 20, Math.min(sinceFirst, 60.9)));
            neverFreed.add(new SoakVerdict.SessionPoint(m, 20 + m / 3, sinceFirst));
        }
        SoakVerdict.Sessions ok = SoakVerdict.sessions(freed, 60, 2);
        assertThat(ok.applicable()).isTrue();
        assertThat(ok.neverFreed()).as(ok.detail()).isFalse();
        SoakVerdict.Sessions leak = SoakVerdict.sessions(neverFreed, 60, 2);
        assertThat(leak.neverFreed()).as(leak.detail()).isTrue();
        assertThat(leak.worstIdle()).isEqualTo(115);
    }

    @Test
    void a_run_shorter_than_the_session_timeout_is_not_checked_for_sessions() {
        SoakVerdict.Sessions s = SoakVerdict.sessions(
                List.of(new SoakVerdict.SessionPoint(0, 1, 0), new SoakVerdict.SessionPoint(5, 40, 4.5)), 60, 2);
        assertThat(s.applicable()).isFalse();
        assertThat(s.neverFreed()).isFalse();
    }
}
