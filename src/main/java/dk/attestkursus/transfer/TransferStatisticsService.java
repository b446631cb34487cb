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
        GroupSums sum = new GroupSums();
        for (List<AccountId> chunk : Chunks.of(accounts)) {
            List<Long> ids = chunk.stream().map(AccountId::value).toList();
            sum.prepDone += prepared(chunk, ids).size();
            store.answeredPerPhase(ids)
                    .forEach(p -> sum.answered.merge(Phase.valueOf(p.phase()), p.accounts(), Integer::sum));
            store.statementSums(ids).forEach(s -> sum.addStatement(s.phase(), s.statement(), s.total(), s.count()));
            store.checkIns(ids).forEach(sum::addCheckIn);
        }
        return sum.totals();
    }

    /**
     * {@link #of} for many groups at once (each account mapped to its group), with the same totals per
     * group: six statements for all of them ({@link Chunks#about}: many accounts are not listed), summed
     * into the groups here, so no one's answers leave. Every group of five people or more in the caller's
     * reach ({@link PeopleInReach#requireGroups}).
     */
    @Transactional(readOnly = true)
    public <K> Map<K, TransferTotals> byGroup(Map<AccountId, K> groupOf) {
        reach.requireGroups(groupOf);
        Map<K, GroupSums> sums = new HashMap<>();
        groupOf.values().forEach(group -> sums.computeIfAbsent(group, g -> new GroupSums()));
        List<AccountId> accounts = List.copyOf(groupOf.keySet());
        List<Long> ids = accounts.stream().map(AccountId::value).toList();
        prepared(accounts, ids).forEach(id -> sums.get(groupOf.get(new AccountId(id))).prepDone++);
        store.answeredPhases(ids)
                .forEach(p -> sums.get(groupOf.get(new AccountId(p.accountId())))
                        .answered
                        .merge(Phase.valueOf(p.phase()), 1, Integer::sum));
        store.statementSumsByAccount(ids)
                .forEach(st -> sums.get(groupOf.get(new AccountId(st.accountId())))
                        .addStatement(st.phase(), st.statement(), st.total(), st.count()));
        store.checkIns(ids)
                .forEach(checkIn -> sums.get(groupOf.get(new AccountId(checkIn.accountId())))
                        .addCheckIn(checkIn));
        Map<K, TransferTotals> totals = new HashMap<>();
        sums.forEach((group, sum) -> totals.put(group, sum.totals()));
        return totals;
    }

    /** Who of a piece of accounts prepared: answered the first self-assessment, sent the request, guessed every myth. */
    private Set<Long> prepared(List<AccountId> chunk, List<Long> ids) {
        Set<Long> prepared = new HashSet<>(store.answered(Phase.BEFORE.name(), ids));
        prepared.retainAll(requests.sentOwnRequest(Writing.OwnCase.BEFORE, chunk).stream()
                .map(AccountId::value)
                .collect(Collectors.toSet()));
        prepared.retainAll(
                myths.guessedAll(chunk).stream().map(AccountId::value).collect(Collectors.toSet()));
        return prepared;
    }

    /** One group's counts and sums while they are added up. */
    private static final class GroupSums {

        int prepDone;
        final Map<Phase, Integer> answered = new EnumMap<>(Phase.class);
        final Map<Phase, Map<String, long[]>> statementSums = new EnumMap<>(Phase.class);
        final Set<Long> checkedIn = new HashSet<>();
        final Map<Long, TransferStatisticsStore.LatestCheckIn> latest = new HashMap<>();

        void addStatement(String phase, String statement, long total, int count) {
            statementSums
                    .computeIfAbsent(Phase.valueOf(phase), k -> new HashMap<>())
                    .merge(statement, new long[] {total, count}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }

        /** Keeps the latest check-in per action. */
        void addCheckIn(TransferStatisticsStore.LatestCheckIn checkIn) {
            checkedIn.add(checkIn.accountId());
            latest.merge(
                    checkIn.itemId(),
                    checkIn,
                    (a, b) -> Checkpoint.valueOf(a.checkpoint()).ordinal()
                                    >= Checkpoint.valueOf(b.checkpoint()).ordinal()
                            ? a
                            : b);
        }

        TransferTotals totals() {
            int tried = 0;
            int notYet = 0;
            int blocked = 0;
            List<String> obstacles = new ArrayList<>();
            for (var checkIn : latest.values()) {
                boolean obstacle =
                        checkIn.obstacle() != null && !checkIn.obstacle().isBlank();
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
            return new TransferTotals(
                    prepDone, answered, statementSums, checkedIn.size(), tried, notYet, blocked, obstacles);
        }
    }
}
