package dk.attestkursus.transfer;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Survey;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunRoster;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.transfer.domain.SelfAssessmentStore;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-assessment ({@code content/surveys/self-assessment.yml}): the same statements before the
 * course and at each follow-up, so the change can be shown. Caseworkers answer their own; instructors
 * see their run's answers as counts.
 */
@Service
public class SelfAssessmentService {

    static final int MAX_OPEN = 2000;

    private final SelfAssessmentStore store;
    private final CourseContent content;
    private final ParticipantRun participant;
    private final RunRosterService rosters;
    private final FollowUpDates followUps;
    private final Clock clock;

    SelfAssessmentService(
            SelfAssessmentStore store,
            CourseContent content,
            ParticipantRun participant,
            RunRosterService rosters,
            FollowUpDates followUps,
            Clock clock) {
        this.store = store;
        this.content = content;
        this.participant = participant;
        this.rosters = rosters;
        this.followUps = followUps;
        this.clock = clock;
    }

    /** The caseworker's self-assessment for the phase, with their earlier answers. */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional(readOnly = true)
    public SelfAssessmentForm mine(Phase phase) {
        CourseRunSummary run = participant.run();
        Survey survey = content.course().transfer().selfAssessment();
        Instant opens = opensAt(phase, run);
        boolean open = window(phase, run, clock.instant()) == null;
        return store.find(participant.me(), run.id().value(), phase.name())
                .map(a -> new SelfAssessmentForm(phase, survey, a.scores(), a.openAnswer(), a.version(), open, opens))
                .orElseGet(() -> new SelfAssessmentForm(phase, survey, Map.of(), null, -1, open, opens));
    }

    /**
     * Saves the answers: every statement on the scale 1-5, the open answer optional (no CPR number).
     * {@code expectedVersion} is the version the screen loaded (-1 for none).
     */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional
    public void submit(Phase phase, Map<String, Integer> scores, @Nullable String openAnswer, long expectedVersion) {
        CourseRunSummary run = participant.run();
        TransferRefusedException.Reason closed = window(phase, run, clock.instant());
        if (closed != null) {
            throw new TransferRefusedException(closed, phase.name());
        }
        Survey survey = content.course().transfer().selfAssessment();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Integer> clean = new LinkedHashMap<>();
        for (Survey.Statement statement : survey.statements()) {
            Integer score = scores.get(statement.key());
            if (score == null) {
                errors.put("statement." + statement.key(), "transfer.error.unanswered");
            } else if (score < 1 || score > 5) {
                errors.put("statement." + statement.key(), "transfer.error.scale");
            } else {
                clean.put(statement.key(), score);
            }
        }
        scores.keySet().stream()
                .filter(k -> survey.statements().stream().noneMatch(s -> s.key().equals(k)))
                .findFirst()
                .ifPresent(k -> errors.put("statement", "transfer.error.unknownStatement"));
        TextRules.check(errors, "open", openAnswer, false, MAX_OPEN);
        if (!errors.isEmpty()) {
            throw new TransferValidationException(errors);
        }
        if (!store.save(
                participant.me(),
                run.id().value(),
                phase.name(),
                clean,
                TextRules.blankToNull(openAnswer),
                clock.instant(),
                expectedVersion)) {
            throw new TransferRefusedException(TransferRefusedException.Reason.CONFLICT, "self-assessment");
        }
    }

    /** A run's answers for a phase as counts, for its instructors (or an administrator). */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public SelfAssessmentSummary summary(CourseRunId runId, Phase phase) {
        RunRoster roster = rosters.roster(runId);
        Survey survey = content.course().transfer().selfAssessment();
        Map<String, int[]> counts = new LinkedHashMap<>();
        survey.statements().forEach(s -> counts.put(s.key(), new int[5]));
        for (SelfAssessmentStore.ScoreCount row : store.counts(runId.value(), phase.name())) {
            int[] c = counts.get(row.statementKey());
            int score = row.score();
            if (c != null && score >= 1 && score <= 5) {
                c[score - 1] = Math.toIntExact(row.count());
            }
        }
        List<@Nullable String> open = store.openAnswers(runId.value(), phase.name());
        List<String> shown = new ArrayList<>();
        if (open.size() >= SelfAssessmentSummary.MIN_FOR_OPEN_ANSWERS) {
            open.stream().filter(Objects::nonNull).map(Objects::requireNonNull).forEach(shown::add);
            shown.sort(Collator.getInstance(Locale.forLanguageTag("da")));
        }
        return new SelfAssessmentSummary(
                phase,
                roster.participants().size(),
                open.size(),
                survey.statements().stream()
                        .map(s -> new SelfAssessmentSummary.StatementCounts(
                                s.key(),
                                s.text(),
                                Arrays.stream(counts.get(s.key())).boxed().toList()))
                        .toList(),
                shown);
    }

    /** When the phase opens: the "before" at once, the follow-ups on their dates. */
    private Instant opensAt(Phase phase, CourseRunSummary run) {
        return switch (phase) {
            case BEFORE -> Instant.EPOCH;
            case FOLLOW_UP_1 -> followUps.opens(Checkpoint.FIRST, run);
            case FOLLOW_UP_2 -> followUps.opens(Checkpoint.SECOND, run);
        };
    }

    /** Null when the phase is open now, else why not: the "before" closes when the session ends. */
    private TransferRefusedException.@Nullable Reason window(Phase phase, CourseRunSummary run, Instant now) {
        if (phase == Phase.BEFORE) {
            return now.isBefore(run.endsAt()) ? null : TransferRefusedException.Reason.CLOSED;
        }
        return now.isBefore(opensAt(phase, run)) ? TransferRefusedException.Reason.NOT_OPEN : null;
    }
}
