package dk.attestkursus.myths;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Myth;
import dk.attestkursus.myths.domain.GuessRepository;
import dk.attestkursus.myths.domain.LivePoll;
import dk.attestkursus.myths.domain.LivePollRepository;
import dk.attestkursus.myths.domain.LiveVote;
import dk.attestkursus.myths.domain.LiveVoteRepository;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.privacy.PersonalColumn;
import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.privacy.PersonalData;
import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A caseworker's myth guesses and live-poll votes, and the live polls an instructor ran (issue 25). None
 * of them holds a text of the person's.
 *
 * <p>Erasure keeps every row: the guesses are counted in a run's "before the session" figures and in
 * whether a group has guessed every myth ({@link MythService#beforeSession}, {@link MythService#guessedAll}),
 * the votes in the polls' counts ({@link LivePollService}), so they stay as anonymous rows of the
 * tombstone; a poll the person opened, revealed or closed is the run's and refers to the tombstone.
 */
@Component
class MythsPersonalData implements PersonalData {

    private final GuessRepository guesses;
    private final LiveVoteRepository votes;
    private final LivePollRepository polls;
    private final CourseContent content;

    MythsPersonalData(
            GuessRepository guesses, LiveVoteRepository votes, LivePollRepository polls, CourseContent content) {
        this.guesses = guesses;
        this.votes = votes;
        this.polls = polls;
        this.content = content;
    }

    /** A guess on a myth before the session: myth, fact or don't know, and how sure (1-5). */
    record Guess(String mythId, @Nullable String myth, String answer, int confidence, Instant answeredAt) {}

    /** A vote in a live poll of a run's session. */
    record Vote(
            long pollId,
            long runId,
            String mythId,
            @Nullable String myth,
            String answer,
            Instant votedAt) {}

    /** A live poll the person (as instructor) opened, revealed or closed; the times are those they did it at. */
    record PollRun(
            long pollId,
            long runId,
            String mythId,
            @Nullable Instant openedAt,
            @Nullable Instant revealedAt,
            @Nullable Instant closedAt) {}

    @Override
    public String key() {
        return "myths";
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(
                PersonalColumn.of("myth_guess", "account_id", Erasure.ANONYMOUS),
                PersonalColumn.of("live_vote", "account_id", Erasure.ANONYMOUS),
                PersonalColumn.of("live_poll", "opened_by", Erasure.ACTOR),
                PersonalColumn.of("live_poll", "revealed_by", Erasure.ACTOR),
                PersonalColumn.of("live_poll", "closed_by", Erasure.ACTOR));
    }

    @Override
    public FeatureExport export(AccountId person) {
        long id = person.value();
        Course course = content.course();
        Map<String, List<?>> data = new LinkedHashMap<>();
        data.put(
                "guesses",
                guesses.findByAccountId(id).stream()
                        .map(g -> new Guess(
                                g.getMythId(),
                                statement(course, g.getMythId()),
                                g.getAnswer().name(),
                                g.getConfidence(),
                                g.getAnsweredAt()))
                        .toList());
        List<LiveVote> myVotes = votes.findByAccountIdOrderByIdAsc(id);
        Map<Long, LivePoll> votedIn =
                polls
                        .findAllById(myVotes.stream()
                                .map(LiveVote::getPollId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(LivePoll::requireId, Function.identity()));
        data.put(
                "votes",
                myVotes.stream()
                        .filter(v -> votedIn.containsKey(v.getPollId()))
                        .map(v -> {
                            LivePoll poll = Objects.requireNonNull(votedIn.get(v.getPollId()));
                            return new Vote(
                                    poll.requireId(),
                                    poll.getCourseRunId(),
                                    poll.getMythId(),
                                    statement(course, poll.getMythId()),
                                    v.getAnswer().name(),
                                    v.getVotedAt());
                        })
                        .toList());
        data.put(
                "pollsRun",
                polls.findRunBy(id).stream()
                        .map(p -> new PollRun(
                                p.requireId(),
                                p.getCourseRunId(),
                                p.getMythId(),
                                p.getOpenedBy() == id ? p.getOpenedAt() : null,
                                Objects.equals(p.getRevealedBy(), id) ? p.getRevealedAt() : null,
                                Objects.equals(p.getClosedBy(), id) ? p.getClosedAt() : null))
                        .toList());
        return FeatureExport.of(data);
    }

    private static @Nullable String statement(Course course, String mythId) {
        return course.myth(mythId).map(Myth::statement).orElse(null);
    }

    /** Nothing to delete: every row feeds other people's figures or is the run's (see above). */
    @Override
    public void erase(AccountId person) {
        // The account itself becomes the tombstone (security); these rows keep its id only.
    }
}
