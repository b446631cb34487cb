package dk.attestkursus.transfer;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunRoster;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.myths.MythService;
import dk.attestkursus.requests.RequestProgressService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.transfer.domain.SelfAssessmentStore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The preparation before the session: the self-assessment, the myth guesses and a baseline request
 * from a real case of one's own. For the caseworker's to-do list, the reminder (only to those not
 * done) and the instructors' overview (counts).
 */
@Service
public class PrepService {

    private final SelfAssessmentStore selfAssessments;
    private final MythService myths;
    private final RequestProgressService requests;
    private final ParticipantRun participant;
    private final CourseContent content;
    private final RunRosterService rosters;

    PrepService(
            SelfAssessmentStore selfAssessments,
            MythService myths,
            RequestProgressService requests,
            ParticipantRun participant,
            CourseContent content,
            RunRosterService rosters) {
        this.content = content;
        this.rosters = rosters;
        this.selfAssessments = selfAssessments;
        this.myths = myths;
        this.requests = requests;
        this.participant = participant;
    }

    /** The logged-in caseworker's preparation in their run. */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional(readOnly = true)
    public PrepStatus mine() {
        CourseRunSummary run = participant.run();
        boolean answered = !selfAssessments
                .answered(run.id().value(), Phase.BEFORE.name(), List.of(participant.me()))
                .isEmpty();
        boolean guessed = myths.myGuesses().size() >= content.course().myths().size();
        return new PrepStatus(answered, guessed, requests.iSentOwnRequest(Writing.OwnCase.BEFORE));
    }

    /**
     * The preparation of a run's active participants: for the system's reminder, the run's instructors
     * (refused for a run they do not teach) and administrators.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_ADMIN_OR_SYSTEM)
    @Transactional(readOnly = true)
    public Map<AccountId, PrepStatus> ofRun(CourseRunId run) {
        RunRoster roster = rosters.roster(run);
        return status(
                run, roster.participants().stream().map(RunRoster.Person::id).toList());
    }

    private Map<AccountId, PrepStatus> status(CourseRunId run, Collection<AccountId> accounts) {
        Set<Long> answered = selfAssessments.answered(
                run.value(),
                Phase.BEFORE.name(),
                accounts.stream().map(AccountId::value).toList());
        Set<AccountId> guessed = myths.guessedAll(accounts);
        Set<AccountId> wrote = requests.sentOwnRequest(Writing.OwnCase.BEFORE, accounts);
        Map<AccountId, PrepStatus> result = new LinkedHashMap<>();
        for (AccountId a : accounts) {
            result.put(a, new PrepStatus(answered.contains(a.value()), guessed.contains(a), wrote.contains(a)));
        }
        return result;
    }
}
