package dk.attestkursus.myths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.myths.domain.LivePoll;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A poll moves open → revealed → closed and never back; screens keep the newest snapshot. */
class LivePollStateTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void a_new_poll_is_open_and_takes_votes() {
        LivePoll poll = new LivePoll(1, "myte", 10, T0);

        assertThat(poll.getState()).isEqualTo(PollState.OPEN);
        assertThat(poll.acceptsVotes()).isTrue();
    }

    @Test
    void revealing_stops_the_votes_and_records_who_revealed() {
        LivePoll poll = new LivePoll(1, "myte", 10, T0);

        poll.reveal(11, T0.plusSeconds(60));

        assertThat(poll.getState()).isEqualTo(PollState.REVEALED);
        assertThat(poll.acceptsVotes()).isFalse();
        assertThat(poll.getRevealedBy()).isEqualTo(11L);
    }

    @Test
    void revealing_twice_keeps_the_first_reveal() {
        LivePoll poll = new LivePoll(1, "myte", 10, T0);
        poll.reveal(11, T0.plusSeconds(60));

        poll.reveal(10, T0.plusSeconds(90));

        assertThat(poll.getRevealedBy()).isEqualTo(11L);
    }

    @Test
    void a_poll_can_be_closed_without_reveal_and_then_cannot_be_revealed() {
        LivePoll poll = new LivePoll(1, "myte", 10, T0);

        poll.close(10, T0.plusSeconds(30));

        assertThat(poll.getState()).isEqualTo(PollState.CLOSED);
        assertThat(poll.acceptsVotes()).isFalse();
        assertThat(poll.getClosedBy()).isEqualTo(10L);
        assertThatThrownBy(() -> poll.reveal(10, T0.plusSeconds(40))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closing_twice_keeps_the_first_close() {
        LivePoll poll = new LivePoll(1, "myte", 10, T0);
        poll.reveal(10, T0);
        poll.close(11, T0.plusSeconds(30));

        poll.close(10, T0.plusSeconds(60));

        assertThat(poll.getClosedBy()).isEqualTo(11L);
    }

    private static LivePollSnapshot snapshot(long pollId, PollState state, int votes) {
        return new LivePollSnapshot(
                new PollId(pollId),
                new CourseRunId(1),
                "myte",
                state,
                AnswerCounts.of(30, new PollCounts(votes, 0, 0)),
                T0);
    }

    @Test
    void snapshots_order_by_poll_then_state_then_votes() {
        assertThat(snapshot(2, PollState.OPEN, 0).isNewerThan(snapshot(1, PollState.CLOSED, 30)))
                .isTrue();
        assertThat(snapshot(1, PollState.REVEALED, 3).isNewerThan(snapshot(1, PollState.OPEN, 5)))
                .isTrue();
        assertThat(snapshot(1, PollState.OPEN, 5).isNewerThan(snapshot(1, PollState.OPEN, 4)))
                .isTrue();
        assertThat(snapshot(1, PollState.OPEN, 4).isNewerThan(snapshot(1, PollState.OPEN, 5)))
                .isFalse();
        assertThat(snapshot(1, PollState.OPEN, 4).isNewerThan(snapshot(1, PollState.OPEN, 4)))
                .isFalse();
        assertThat(snapshot(1, PollState.CLOSED, 0).isNewerThan(snapshot(2, PollState.OPEN, 0)))
                .isFalse();
    }

    @Test
    void a_participant_snapshot_carries_no_votes() {
        LivePollSnapshot participant = snapshot(1, PollState.OPEN, 12).withoutCounts();

        assertThat(participant.answers()).isEqualTo(AnswerCounts.NOT_FOR_PARTICIPANTS);
        assertThat(participant.answers().answered()).isZero();
        assertThat(participant.state()).isEqualTo(PollState.OPEN);
    }
}
