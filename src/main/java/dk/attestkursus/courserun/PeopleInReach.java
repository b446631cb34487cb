package dk.attestkursus.courserun;

import dk.attestkursus.courserun.domain.Enrolment;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.CurrentAccount;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.InstructorReach;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamService;
import dk.attestkursus.security.TeamSummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whom the caller may ask about by account id (issue 24, decision 028): the statistics services take
 * account ids, and each checks them here, so a caller who names people of another team or run is refused
 * ({@link AccessDeniedException}) instead of answered. An instructor reaches the participants of the runs
 * they teach; a leader the members of the teams they lead; an administrator, the platform's people and the
 * platform's own jobs anyone their session sees (their municipality, decision 020).
 *
 * <p>Figures about people (counts and sums) also need a group of at least {@link #MIN_PEOPLE} (decision
 * 011): one person's figures are that person's answers.
 */
@Component
public class PeopleInReach implements InstructorReach {

    /** The smallest group figures about people are computed for (decision 011's group rule). */
    public static final int MIN_PEOPLE = 5;

    private final CurrentUser currentUser;
    private final TeamService teams;
    private final EnrolmentRepository enrolments;

    PeopleInReach(CurrentUser currentUser, TeamService teams, EnrolmentRepository enrolments) {
        this.currentUser = currentUser;
        this.teams = teams;
        this.enrolments = enrolments;
    }

    /** Refused unless every account is in the caller's reach. */
    public void require(Collection<AccountId> accounts) {
        if (accounts.isEmpty() || currentUser.isSystem()) {
            return;
        }
        CurrentAccount me = currentUser.get().orElseThrow(() -> new AccessDeniedException("nobody is logged in"));
        Set<AccountId> reach = switch (me.role()) {
            case ADMIN, PLATFORM_ADMIN, COORDINATOR -> null;
            case LEADER -> membersOfMyTeams();
            case INSTRUCTOR -> participantsOfMyRuns(me);
            case PARTICIPANT -> Set.of();
        };
        if (reach != null && !reach.containsAll(accounts)) {
            throw new AccessDeniedException("people outside the caller's teams or runs");
        }
    }

    /** Refused unless every account is in reach and, for a person asking, there are at least five. */
    public void requireGroup(Collection<AccountId> accounts) {
        require(accounts);
        if (!accounts.isEmpty()
                && !currentUser.isSystem()
                && Set.copyOf(accounts).size() < MIN_PEOPLE) {
            throw new AccessDeniedException("figures about fewer than " + MIN_PEOPLE + " people");
        }
    }

    /**
     * {@link #requireGroup} for many groups at once (each account mapped to its group): every account in
     * reach and, for a person asking, every group of at least five. The batch statistics check this once.
     */
    public void requireGroups(Map<AccountId, ?> groupOf) {
        if (groupOf.values().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("an account without a group");
        }
        require(groupOf.keySet());
        if (currentUser.isSystem()) {
            return;
        }
        Map<Object, Integer> sizes = new HashMap<>();
        groupOf.values().forEach(group -> sizes.merge(group, 1, Integer::sum));
        if (sizes.values().stream().anyMatch(n -> n < MIN_PEOPLE)) {
            throw new AccessDeniedException("figures about a group of fewer than " + MIN_PEOPLE + " people");
        }
    }

    /** As {@link #require}, and a leader, who never sees one person's progress, needs a group. */
    public void requireGroupForLeaders(Collection<AccountId> accounts) {
        if (currentUser.get().map(CurrentAccount::role).orElse(null) == Role.LEADER) {
            requireGroup(accounts);
        } else {
            require(accounts);
        }
    }

    /** Whether the account is a participant in a run the calling instructor teaches. */
    @Override
    public boolean reaches(AccountId account) {
        return currentUser
                .get()
                .filter(me -> me.role() == Role.INSTRUCTOR)
                .map(me -> participantsOfMyRuns(me).contains(account))
                .orElse(false);
    }

    private Set<AccountId> membersOfMyTeams() {
        Set<AccountId> members = new HashSet<>();
        teams.memberIds(teams.myTeams().stream().map(TeamSummary::id).toList())
                .values()
                .forEach(members::addAll);
        return members;
    }

    /** The participants (also those who left) of the runs the instructor has an active place in. */
    private Set<AccountId> participantsOfMyRuns(CurrentAccount me) {
        List<Long> runs = enrolments.findActiveInstructorPlaces(me.id().value()).stream()
                .map(Enrolment::getCourseRunId)
                .toList();
        Set<AccountId> people = new HashSet<>();
        for (long run : runs) {
            enrolments.findByCourseRunIdOrderByIdAsc(run).stream()
                    .filter(e -> e.getRole() == EnrolmentRole.PARTICIPANT)
                    .forEach(e -> people.add(new AccountId(e.getAccountId())));
        }
        return people;
    }
}
