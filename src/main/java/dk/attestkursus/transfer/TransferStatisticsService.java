package dk.attestkursus.transfer;

import dk.attestkursus.base.Chunks;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.PeopleInReach;
import dk.attestkursus.myths.MythService;
import dk.attestkursus.requests.RequestProgressService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.transfer.domain.TransferStatisticsStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts and sums over a group's preparation, self-assessments and action plans, for leaders' and
 * administrators' results. Nobody's answers leave here with a name or an id.
 */
@Service
@PreAuthorize(AppRoles.HAS_LEADER_OR_ADMIN)
public class TransferStatisticsService {

    private final TransferStatisticsStore store;
    private final RequestProgressService requests;
    private final MythService myths;
    private final PeopleInReach reach;

    TransferStatisticsService(
            TransferStatisticsStore store, RequestProgressService requests, MythService myths, PeopleInReach reach) {
        this.store = store;
        this.requests = requests;
        this.myths = myths;
        this.reach = reach;
    }

    /** The totals of five people or more in the caller's reach ({@link PeopleInReach#requireGroup}). */
    @Transactional(readOnly = true)
    public TransferTotals of(Collection<AccountId> accounts) {
        reach.requireGroup(accounts);
        int prepDone = 0;
        Map<Phase, Integer> answered = new EnumMap<>(Phase.class);
        Map<Phase, Map<String, long[]>> sums = new EnumMap<>(Phase.class);
        Set<Long> checkedIn = new HashSet<>();
        Map<Long, TransferStatisticsStore.LatestCheckIn> latest = new HashMap<>();
        for (List<AccountId> chunk : Chunks.of(accounts)) {
            List<Long> ids = chunk.stream().map(AccountId::value).toList();
            Set<Long> prepared = new HashSet<>(store.answered(Phase.BEFORE.name(), ids));
            prepared.retainAll(requests.sentOwnRequest(Writing.OwnCase.BEFORE, chunk).stream()
                    .map(AccountId::value)
                    .collect(Collectors.toSet()));
            prepared.retainAll(
                    myths.guessedAll(chunk).stream().map(AccountId::value).collect(Collectors.toSet()));
            prepDone += prepared.size();
            store.answeredPerPhase(ids)
                    .forEach(p -> answered.merge(Phase.valueOf(p.phase()), p.accounts(), Integer::sum));
            store.statementSums(ids)
                    .forEach(s -> sums.computeIfAbsent(Phase.valueOf(s.phase()), k -> new HashMap<>())
                            .merge(s.statement(), new long[] {s.total(), s.count()}, (a, b) ->
                                    new long[] {a[0] + b[0], a[1] + b[1]}));
            for (var checkIn : store.checkIns(ids)) {
                checkedIn.add(checkIn.accountId());
                latest.merge(
                        checkIn.itemId(),
                        checkIn,
                        (a, b) -> Checkpoint.valueOf(a.checkpoint()).ordinal()
                                        >= Checkpoint.valueOf(b.checkpoint()).ordinal()
                                ? a
                                : b);
            }
        }
        int tried = 0;
        int notYet = 0;
        int blocked = 0;
        List<String> obstacles = new ArrayList<>();
        for (var checkIn : latest.values()) {
            boolean obstacle = checkIn.obstacle() != null && !checkIn.obstacle().isBlank();
            if (obstacle) {
                obstacles.add(checkIn.obstacle());
            }
            if (CheckInOutcome.valueOf(checkIn.outcome()) == CheckInOutcome.TRIED) {
                tried++;
            } else if (obstacle) {
                blocked++;
            } else {
                notYet++;
            }
        }
        return new TransferTotals(prepDone, answered, sums, checkedIn.size(), tried, notYet, blocked, obstacles);
    }
}
