package dk.attestkursus.myths;

import dk.attestkursus.base.Chunks;
import dk.attestkursus.base.UniqueKeys;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.PeopleInReach;
import dk.attestkursus.myths.LivePollException.Reason;
import dk.attestkursus.myths.domain.Guess;
import dk.attestkursus.myths.domain.GuessCount;
import dk.attestkursus.myths.domain.GuessRepository;
import dk.attestkursus.myths.domain.MythAnswerCount;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Myths before the session: the caseworker guesses myth, fact or don't know and how sure they
 * are, then sees the answer. Instructors see their run's guesses from before the session as counts.
 */
@Service
public class MythService {

    private final GuessRepository guesses;
    private final CourseContent content;
    private final CourseRunService runs;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PeopleInReach reach;

    MythService(
            GuessRepository guesses,
            CourseContent content,
            CourseRunService runs,
            CurrentUser currentUser,
            Clock clock,
            PeopleInReach reach) {
        this.guesses = guesses;
        this.content = content;
        this.runs = runs;
        this.currentUser = currentUser;
        this.clock = clock;
        this.reach = reach;
    }

    /** The caseworker's guesses, by myth id. */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional(readOnly = true)
    public Map<String, MythGuess> myGuesses() {
        return guesses.findByAccountId(me()).stream()
                .collect(Collectors.toMap(
                        Guess::getMythId, g -> new MythGuess(g.getMythId(), g.getAnswer(), g.getConfidence())));
    }

    /** Records the caseworker's guess, once per myth: the answer is shown right after it. */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional
    public MythGuess guess(String mythId, MythAnswer answer, int confidence) {
        Objects.requireNonNull(answer, "answer");
        if (content.course().myth(mythId).isEmpty()) {
            throw new LivePollException(Reason.NOT_FOUND, "myth " + mythId);
        }
        if (confidence < 1 || confidence > 5) {
            throw new IllegalArgumentException("confidence must be 1-5, was " + confidence);
        }
        long me = me();
        if (guesses.existsByAccountIdAndMythId(me, mythId)) {
            throw new LivePollException(Reason.ALREADY_ANSWERED, "myth " + mythId);
        }
        try {
            guesses.saveAndFlush(new Guess(me, mythId, answer, confidence, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            UniqueKeys.rethrowUnlessLostRace(e);
            throw new LivePollException(Reason.ALREADY_ANSWERED, "myth " + mythId);
        }
        return new MythGuess(mythId, answer, confidence);
    }

    /**
     * The accounts among these that have guessed every myth before the session (the preparation task),
     * for the reminder mail and the instructors' overview. No answers, only who is done; of the caller's
     * runs or teams, and a leader's of five people or more ({@link PeopleInReach#requireGroupForLeaders}).
     */
    @PreAuthorize(AppRoles.HAS_STAFF_LEADER_OR_SYSTEM)
    @Transactional(readOnly = true)
    public Set<AccountId> guessedAll(Collection<AccountId> accounts) {
        reach.requireGroupForLeaders(accounts);
        if (accounts.isEmpty()) {
            return Set.of();
        }
        long myths = content.course().myths().size();
        return Chunks.about(
                        accounts.stream().map(AccountId::value).toList(),
                        GuessCount::accountId,
                        guesses::countByEveryAccount,
                        guesses::countByAccount)
                .stream()
                .filter(row -> row.count() >= myths)
                .map(row -> new AccountId(row.accountId()))
                .collect(Collectors.toSet());
    }

    /**
     * What the run's participants guessed before the session started, for every myth of the course:
     * counts only, under the group rule ({@link AnswerCounts}, decision 016), so a small run shows
     * nothing and no split stands for fewer than five people. For the run's instructors (and
     * administrators); refused for other runs.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public Map<String, AnswerCounts> beforeSession(CourseRunId runId) {
        List<Long> ids =
                runs.participantsOf(runId).stream().map(AccountId::value).toList();
        CourseRunSummary run =
                runs.myRun(runId).orElseThrow(() -> new LivePollException(Reason.NOT_IN_RUN, "run " + runId.value()));
        Map<String, Map<MythAnswer, Long>> grouped = new HashMap<>();
        if (ids.size() >= AnswerCounts.MIN_GROUP) { // a smaller run: nothing is counted at all
            for (MythAnswerCount row : guesses.countBefore(ids, run.startsAt())) {
                grouped.computeIfAbsent(row.mythId(), k -> new EnumMap<>(MythAnswer.class))
                        .put(row.answer(), row.count());
            }
        }
        Map<String, AnswerCounts> counts = new HashMap<>();
        content.course()
                .myths()
                .forEach(myth -> counts.put(
                        myth.id(),
                        AnswerCounts.of(ids.size(), PollCounts.of(grouped.getOrDefault(myth.id(), Map.of())))));
        return counts;
    }

    private long me() {
        return currentUser.require().id().value();
    }
}
