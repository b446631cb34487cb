package dk.attestkursus.requests;

import dk.attestkursus.base.Chunks;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.PeopleInReach;
import dk.attestkursus.requests.domain.RequestVersionRepository;
import dk.attestkursus.requests.domain.ReviewScoreRepository;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has sent their own-case request (before or after the course), for the preparation reminder and
 * the follow-up overview. Says only who is done, never what they wrote.
 */
@Service
public class RequestProgressService {

    private final RequestVersionRepository versions;
    private final ReviewScoreRepository scores;
    private final CourseContent content;
    private final CurrentUser currentUser;
    private final PeopleInReach reach;

    RequestProgressService(
            RequestVersionRepository versions,
            ReviewScoreRepository scores,
            CourseContent content,
            CurrentUser currentUser,
            PeopleInReach reach) {
        this.versions = versions;
        this.scores = scores;
        this.content = content;
        this.currentUser = currentUser;
        this.reach = reach;
    }

    /** Whether the logged-in caseworker has sent their own-case request written at that time. */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional(readOnly = true)
    public boolean iSentOwnRequest(Writing.OwnCase when) {
        AccountId me = currentUser.require().id();
        return ownSent(when, Set.of(me)).contains(me);
    }

    /**
     * The logged-in caseworker's own picture (issue 27): their own-case requests before and after the course
     * as the instructors scored them, criterion by criterion; empty when neither is scored yet.
     */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional(readOnly = true)
    public List<OwnCaseScore> myOwnCaseScores() {
        long me = currentUser.require().id().value();
        Writing writing = content.course().writing();
        Map<String, Integer> before = myScores(writing, Writing.OwnCase.BEFORE, me);
        Map<String, Integer> after = myScores(writing, Writing.OwnCase.AFTER, me);
        if (before.isEmpty() && after.isEmpty()) {
            return List.of();
        }
        return writing.rubric().criteria().stream()
                .map(c -> new OwnCaseScore(c.key(), c.title(), before.get(c.key()), after.get(c.key())))
                .toList();
    }

    private Map<String, Integer> myScores(Writing writing, Writing.OwnCase when, long me) {
        Map<String, Integer> mine = new HashMap<>();
        writing.ownCase(when)
                .ifPresent(exercise -> scores.firstVersionScores(exercise.id(), List.of(me)).stream()
                        .filter(row -> row.count() > 0)
                        .forEach(row -> mine.put(
                                row.criterion(), Math.toIntExact(Math.round((double) row.sum() / row.count())))));
        return mine;
    }

    /**
     * The accounts among these that have sent the own-case request written at that time; of the caller's
     * runs or teams, and a leader's of five people or more ({@link PeopleInReach#requireGroupForLeaders}).
     */
    @PreAuthorize(AppRoles.HAS_STAFF_LEADER_OR_SYSTEM)
    @Transactional(readOnly = true)
    public Set<AccountId> sentOwnRequest(Writing.OwnCase when, Collection<AccountId> accounts) {
        reach.requireGroupForLeaders(accounts);
        return ownSent(when, accounts);
    }

    private Set<AccountId> ownSent(Writing.OwnCase when, Collection<AccountId> accounts) {
        Writing.Exercise exercise = content.course().writing().ownCase(when).orElse(null);
        if (exercise == null || accounts.isEmpty()) {
            return Set.of();
        }
        return Chunks.about(
                        accounts.stream().map(AccountId::value).toList(),
                        id -> id,
                        () -> versions.submittedByAnyone(exercise.id()),
                        ids -> versions.submittedBy(exercise.id(), ids))
                .stream()
                .map(AccountId::new)
                .collect(Collectors.toSet());
    }
}
