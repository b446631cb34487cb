package dk.attestkursus.myths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.shared.Registration;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.myths.LivePollException.Reason;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A run's live poll end to end through the services: open, vote once, reveal, close, and the refusals. */
@IntegrationTest
class LivePollServiceIT {

    static final String MYTH = "roller-overskrides";
    static final String NEXT_MYTH = "for-mange-fagtermer";

    @Autowired
    LivePollService polls;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    CourseRunId run;
    String practiceConsultant;
    String jobcenter;
    String anna;
    String bo;
    /** Three more participants: with anna and bo, the five the group rule needs (decision 016). */
    List<String> others;

    @BeforeEach
    void run() {
        run = fixtures.run("Afstemningshold", Instant.now().minusSeconds(600));
        practiceConsultant = fixtures.account("pk", Role.INSTRUCTOR);
        jobcenter = fixtures.account("jc", Role.INSTRUCTOR);
        anna = fixtures.account("anna", Role.PARTICIPANT);
        bo = fixtures.account("bo", Role.PARTICIPANT);
        fixtures.enrol(run, practiceConsultant, EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(run, jobcenter, EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(run, anna, EnrolmentRole.PARTICIPANT);
        fixtures.enrol(run, bo, EnrolmentRole.PARTICIPANT);
        others = List.of(
                fixtures.account("cai", Role.PARTICIPANT),
                fixtures.account("dina", Role.PARTICIPANT),
                fixtures.account("eva", Role.PARTICIPANT));
        others.forEach(name -> fixtures.enrol(run, name, EnrolmentRole.PARTICIPANT));
    }

    private int storedVotes(PollId pollId) {
        return jdbc.queryForObject("select count(*) from live_vote where poll_id = ?", Integer.class, pollId.value());
    }

    @Test
    void one_instructor_opens_the_other_reveals_and_closes_and_votes_are_counted() {
        LivePollSnapshot opened = fixtures.as(practiceConsultant, () -> polls.open(run, MYTH, null));
        assertThat(opened.state()).isEqualTo(PollState.OPEN);

        fixtures.as(anna, () -> polls.vote(opened.pollId(), MythAnswer.MYTH));
        fixtures.as(bo, () -> polls.vote(opened.pollId(), MythAnswer.DONT_KNOW));
        others.forEach(name -> fixtures.as(name, () -> polls.vote(opened.pollId(), MythAnswer.FACT)));

        LivePollSnapshot seenByJobcenter =
                fixtures.as(jobcenter, () -> polls.current(run)).orElseThrow();
        assertThat(seenByJobcenter.answers().counts()).isEqualTo(new PollCounts(1, 3, 1));
        assertThat(seenByJobcenter.answers().people()).isEqualTo(5);
        assertThat(fixtures.as(jobcenter, () -> polls.reveal(opened.pollId())).state())
                .isEqualTo(PollState.REVEALED);
        assertThat(fixtures.as(jobcenter, () -> polls.close(opened.pollId())).state())
                .isEqualTo(PollState.CLOSED);

        assertThat(fixtures.as(anna, () -> polls.current(run))).isEmpty();
        assertThat(fixtures.as(practiceConsultant, () -> polls.history(run)))
                .singleElement()
                .satisfies(done -> {
                    assertThat(done.mythId()).isEqualTo(MYTH);
                    assertThat(done.state()).isEqualTo(PollState.CLOSED);
                    assertThat(done.answers().answered()).isEqualTo(5);
                });
        Long revealedBy = jdbc.queryForObject(
                "select revealed_by from live_poll where id = ?",
                Long.class,
                opened.pollId().value());
        assertThat(revealedBy).isEqualTo(fixtures.id(jobcenter));
    }

    @Test
    void participants_see_the_current_poll_without_counts_and_keep_their_vote_after_reload() {
        LivePollSnapshot opened = fixtures.as(practiceConsultant, () -> polls.open(run, MYTH, null));
        fixtures.as(anna, () -> polls.vote(opened.pollId(), MythAnswer.FACT));

        // A late joiner (or a reloaded page) asks for the current poll and the own vote.
        LivePollSnapshot seenByBo = fixtures.as(bo, () -> polls.current(run)).orElseThrow();
        assertThat(seenByBo.pollId()).isEqualTo(opened.pollId());
        assertThat(seenByBo.answers()).isEqualTo(AnswerCounts.NOT_FOR_PARTICIPANTS);
        assertThat(fixtures.as(anna, () -> polls.myVote(opened.pollId()))).contains(MythAnswer.FACT);
        assertThat(fixtures.as(bo, () -> polls.myVote(opened.pollId()))).isEmpty();
    }

    @Test
    void a_second_vote_is_refused_and_the_first_stands() {
        LivePollSnapshot opened = fixtures.as(practiceConsultant, () -> polls.open(run, MYTH, null));
        fixtures.as(anna, () -> polls.vote(opened.pollId(), MythAnswer.MYTH));

        assertThatThrownBy(() -> fixtures.as(anna, () -> polls.vote(opened.pollId(), MythAnswer.FACT)))
                .isInstanceOfSatisfying(
                        LivePollException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_VOTED));

        assertThat(storedVotes(opened.pollId())).isEqualTo(1);
        assertThat(fixtures.as(anna, () -> polls.myVote(opened.pollId()))).contains(MythAnswer.MYTH);
    }

    @Test
    void votes_after_reveal_or_close_are_refused_and_not_stored() {
        LivePollSnapshot opened = fixtures.as(practiceConsultant, () -> polls.open(run, MYTH, null));
        fixtures.as(jobcenter, () -> polls.reveal(opened.pollId()));

        assertThatThrownBy(() -> fixtures.as(anna, () -> polls.vote(opened.pollId(), MythAnswer.MYTH)))
                .isInstanceOfSatisfying(
                        LivePollException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CLOSED));
        fixtures.as(jobcenter, () -> polls.close(opened.pollId()));
        assertThatThrownBy(() -> fixtures.as(bo, () -> polls.vote(opened.pollId(), MythAnswer.FACT)))
                .isInstanceOfSatisfying(
                        LivePollException.class, e -> assertThat(e.messageKey()).isEqualTo("poll.error.closed"));

        assertThat(storedVotes(opened.pollId())).isZero();
    }

    @Test
    void people_outside_the_run_can_neither_vote_watch_nor_drive_the_poll() {
        LivePollSnapshot opened = fixtures.as(practiceConsultant, () -> polls.open(run, MYTH, null));
        String outsider = fixtures.account("udenfor", Role.PARTICIPANT);
        String otherInstructor = fixtures.account("anden", Role.INSTRUCTOR);

        assertThatThrownBy(() -> fixtures.as(outsider, () -> polls.vote(opened.pollId(), MythAnswer.MYTH)))
                .isInstanceOfSatisfying(
                        LivePollException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_IN_RUN));
        assertThatThrownBy(() -> fixtures.as(outsider, () -> polls.current(run)))
                .isInstanceOf(LivePollException.class);
        assertThatThrownBy(() -> fixtures.as(otherInstructor, () -> polls.reveal(opened.pollId())))
                .isInstanceOfSatisfying(
                        LivePollException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_IN_RUN));
        assertThatThrownBy(() -> fixtures.as(otherInstructor, () -> polls.open(run, NEXT_MYTH, opened.pollId())))
                .isInstanceOf(LivePollException.class);
        // Roles: a participant cannot drive a poll, an instructor cannot vote.
        assertThatThrownBy(() -> fixtures.as(anna, () -> polls.close(opened.pollId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(practiceConsultant, () -> polls.vote(opened.pollId(), MythAnswer.FACT)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(storedVotes(opened.pollId())).isZero();
        assertThat(fixtures.as(jobcenter, () -> polls.current(run)))
                .map(LivePollSnapshot::state)
                .contains(PollState.OPEN);
    }

    @Test
    void opening_the_next_myth_closes_the_live_one_and_an_unknown_myth_is_refused() {
        LivePollSnapshot first = fixtures.as(practiceConsultant, () -> polls.open(run, MYTH, null));
        LivePollSnapshot second = fixtures.as(jobcenter, () -> polls.open(run, NEXT_MYTH, first.pollId()));

        assertThat(fixtures.as(anna, () -> polls.current(run)))
                .map(LivePollSnapshot::pollId)
                .contains(second.pollId());
        assertThat(fixtures.as(jobcenter, () -> polls.history(run)))
                .extracting(LivePollSnapshot::state)
                .containsExactly(PollState.CLOSED, PollState.OPEN);
        assertThat(second.pollId().isAfter(first.pollId())).isTrue();
        assertThatThrownBy(() -> fixtures.as(jobcenter, () -> polls.open(run, "findes-ikke", second.pollId())))
                .isInstanceOfSatisfying(
                        LivePollException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void a_screen_that_has_not_seen_the_co_instructors_new_poll_cannot_close_it() {
        LivePollSnapshot first = fixtures.as(practiceConsultant, () -> polls.open(run, MYTH, null));
        LivePollSnapshot second = fixtures.as(jobcenter, () -> polls.open(run, NEXT_MYTH, first.pollId()));

        // The practice consultant's screen still shows the first poll as live.
        assertThatThrownBy(() -> fixtures.as(practiceConsultant, () -> polls.open(run, MYTH, first.pollId())))
                .isInstanceOfSatisfying(
                        LivePollException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ANOTHER_OPENED));

        assertThat(fixtures.as(anna, () -> polls.current(run)))
                .map(LivePollSnapshot::pollId)
                .contains(second.pollId());
        assertThat(fixtures.as(anna, () -> polls.latest(run)))
                .map(LivePollSnapshot::pollId)
                .contains(second.pollId());
    }

    @Test
    void two_instructors_moving_on_at_the_same_moment_leave_one_live_poll() throws Exception {
        LivePollSnapshot first = fixtures.as(practiceConsultant, () -> polls.open(run, MYTH, null));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Object>> both = List.of(
                    () -> attempt(practiceConsultant, NEXT_MYTH, first.pollId()),
                    () -> attempt(jobcenter, "kun-tre-spoergsmaal", first.pollId()));
            int opened = 0;
            for (Future<Object> f : pool.invokeAll(both)) {
                Object result = f.get(30, TimeUnit.SECONDS);
                assertThat(result).isInstanceOfAny(LivePollSnapshot.class, LivePollException.class);
                if (result instanceof LivePollException refused) {
                    assertThat(refused.reason()).isEqualTo(Reason.ANOTHER_OPENED);
                } else {
                    opened++;
                }
            }
            assertThat(opened).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        Integer live = jdbc.queryForObject(
                "select count(*) from live_poll where active_run_id = ?", Integer.class, run.value());
        assertThat(live).isEqualTo(1);
    }

    @Test
    void two_instructors_opening_at_the_same_moment_leave_one_live_poll() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Object>> both =
                    List.of(() -> attempt(practiceConsultant, MYTH, null), () -> attempt(jobcenter, NEXT_MYTH, null));
            for (Future<Object> f : pool.invokeAll(both)) {
                Object result = f.get(30, TimeUnit.SECONDS);
                assertThat(result).isInstanceOfAny(LivePollSnapshot.class, LivePollException.class);
                if (result instanceof LivePollException refused) {
                    assertThat(refused.reason()).isEqualTo(Reason.ANOTHER_OPENED);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Integer live = jdbc.queryForObject(
                "select count(*) from live_poll where active_run_id = ?", Integer.class, run.value());
        assertThat(live).isEqualTo(1);
    }

    private Object attempt(String instructor, String myth, PollId expectedLive) {
        try {
            return fixtures.as(instructor, () -> polls.open(run, myth, expectedLive));
        } catch (LivePollException e) {
            return e;
        }
    }

    @Test
    void screens_get_each_change_pushed_instructors_with_counts_participants_on_state_changes_only()
            throws InterruptedException {
        BlockingQueue<LivePollSnapshot> instructorScreen = new LinkedBlockingQueue<>();
        BlockingQueue<LivePollSnapshot> participantScreen = new LinkedBlockingQueue<>();
        Registration instructor = fixtures.as(jobcenter, () -> polls.subscribe(run, instructorScreen::add));
        Registration participant = fixtures.as(bo, () -> polls.subscribe(run, participantScreen::add));
        try {
            LivePollSnapshot opened = fixtures.as(practiceConsultant, () -> polls.open(run, MYTH, null));
            assertThat(next(participantScreen).state()).isEqualTo(PollState.OPEN);
            assertThat(next(instructorScreen).answers().answered()).isZero();

            fixtures.as(anna, () -> polls.vote(opened.pollId(), MythAnswer.MYTH));
            LivePollSnapshot afterVote = next(instructorScreen);
            assertThat(afterVote.answers().answered()).isEqualTo(1);
            assertThat(afterVote.answers().counts())
                    .as("one vote: no split (group rule)")
                    .isEqualTo(PollCounts.NONE);

            fixtures.as(practiceConsultant, () -> polls.reveal(opened.pollId()));
            LivePollSnapshot revealed = next(participantScreen);
            assertThat(revealed.state()).isEqualTo(PollState.REVEALED);
            assertThat(revealed.answers()).isEqualTo(AnswerCounts.NOT_FOR_PARTICIPANTS);
            assertThat(participantScreen)
                    .as("the vote was not pushed to participants")
                    .isEmpty();
        } finally {
            instructor.remove();
            participant.remove();
        }
    }

    @Test
    void a_refused_vote_pushes_nothing() throws InterruptedException {
        BlockingQueue<LivePollSnapshot> screen = new LinkedBlockingQueue<>();
        Registration registration = fixtures.as(jobcenter, () -> polls.subscribe(run, screen::add));
        try {
            LivePollSnapshot opened = fixtures.as(practiceConsultant, () -> polls.open(run, MYTH, null));
            fixtures.as(practiceConsultant, () -> polls.close(opened.pollId()));
            LivePollSnapshot seen;
            do {
                seen = next(screen);
            } while (seen.state() != PollState.CLOSED);
            // Open and close may each be delivered (coalesced or not): let the deliveries settle,
            // they can only repeat the closed poll.
            LivePollSnapshot late;
            while ((late = screen.poll(700, TimeUnit.MILLISECONDS)) != null) {
                assertThat(late.state()).isEqualTo(PollState.CLOSED);
            }

            assertThatThrownBy(() -> fixtures.as(anna, () -> polls.vote(opened.pollId(), MythAnswer.MYTH)))
                    .isInstanceOf(LivePollException.class);
            assertThat(screen.poll(500, TimeUnit.MILLISECONDS))
                    .as("nothing pushed after the refused vote")
                    .isNull();
        } finally {
            registration.remove();
        }
    }

    @Test
    void instructors_of_a_run_of_one_see_nothing_about_the_vote_not_even_that_it_was_cast() {
        CourseRunId small = fixtures.run("Hold med en", Instant.now().minusSeconds(600));
        String teacher = fixtures.account("lille", Role.INSTRUCTOR);
        String only = fixtures.account("eneste", Role.PARTICIPANT);
        fixtures.enrol(small, teacher, EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(small, only, EnrolmentRole.PARTICIPANT);
        LivePollSnapshot opened = fixtures.as(teacher, () -> polls.open(small, MYTH, null));
        fixtures.as(only, () -> polls.vote(opened.pollId(), MythAnswer.FACT));

        for (LivePollSnapshot seen : List.of(
                fixtures.as(teacher, () -> polls.current(small)).orElseThrow(),
                fixtures.as(teacher, () -> polls.reveal(opened.pollId())),
                fixtures.as(teacher, () -> polls.history(small)).getFirst())) {
            assertThat(seen.answers().visibility()).isEqualTo(AnswerCounts.Visibility.TOO_FEW_PEOPLE);
            assertThat(seen.answers().answered()).isZero();
            assertThat(seen.answers().counts()).isEqualTo(PollCounts.NONE);
        }
        assertThat(storedVotes(opened.pollId())).as("the vote itself counts").isEqualTo(1);
    }

    @Test
    void instructors_see_how_many_voted_at_once_and_the_split_from_the_fifth_vote() throws InterruptedException {
        BlockingQueue<LivePollSnapshot> screen = new LinkedBlockingQueue<>();
        Registration registration = fixtures.as(jobcenter, () -> polls.subscribe(run, screen::add));
        try {
            LivePollSnapshot opened = fixtures.as(practiceConsultant, () -> polls.open(run, MYTH, null));
            fixtures.as(anna, () -> polls.vote(opened.pollId(), MythAnswer.MYTH));
            fixtures.as(bo, () -> polls.vote(opened.pollId(), MythAnswer.FACT));
            fixtures.as(others.get(0), () -> polls.vote(opened.pollId(), MythAnswer.MYTH));
            fixtures.as(others.get(1), () -> polls.vote(opened.pollId(), MythAnswer.MYTH));

            LivePollSnapshot four =
                    fixtures.as(practiceConsultant, () -> polls.current(run)).orElseThrow();
            assertThat(four.answers().visibility()).isEqualTo(AnswerCounts.Visibility.TOO_FEW_ANSWERS);
            assertThat(four.answers().answered()).isEqualTo(4);
            assertThat(four.answers().counts()).isEqualTo(PollCounts.NONE);
            LivePollSnapshot pushed;
            do {
                pushed = next(screen);
                assertThat(pushed.answers().counts())
                        .as("no split pushed before five votes")
                        .isEqualTo(PollCounts.NONE);
            } while (pushed.answers().answered() < 4);

            fixtures.as(others.get(2), () -> polls.vote(opened.pollId(), MythAnswer.DONT_KNOW));
            // Snapshots may arrive out of order (see LivePollBroadcaster): a screen keeps the newest.
            LivePollSnapshot five;
            do {
                five = next(screen);
                if (five.answers().answered() < 5) {
                    assertThat(five.answers().counts())
                            .as("no split pushed before five votes")
                            .isEqualTo(PollCounts.NONE);
                }
            } while (five.answers().answered() < 5);
            assertThat(five.answers().visibility()).isEqualTo(AnswerCounts.Visibility.SHOWN);
            assertThat(five.answers().counts()).isEqualTo(new PollCounts(3, 1, 1));
        } finally {
            registration.remove();
        }
    }

    private static LivePollSnapshot next(BlockingQueue<LivePollSnapshot> screen) throws InterruptedException {
        LivePollSnapshot snapshot = screen.poll(10, TimeUnit.SECONDS);
        assertThat(snapshot).as("a snapshot was pushed within 10 s").isNotNull();
        return snapshot;
    }
}
