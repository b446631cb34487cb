package dk.attestkursus.practice;

import dk.attestkursus.base.Chunks;
import dk.attestkursus.courserun.PeopleInReach;
import dk.attestkursus.practice.domain.PracticeStore;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice after the session as leaders' results count it (issue 27): per group of people and per
 * question, the first answers and the answers when the question came back after a wrong one. One
 * statement per thousand people for all groups at once; never per person.
 */
@Service
public class PracticeStatisticsService {

    private final PracticeStore store;
    private final PeopleInReach reach;

    PracticeStatisticsService(PracticeStore store, PeopleInReach reach) {
        this.store = store;
        this.reach = reach;
    }

    /**
     * The totals of each group: {@code groupOf} names each person's group (e.g. one team on one run). Every
     * person in the caller's reach and, for a person asking, every group of five or more
     * ({@link PeopleInReach#requireGroups}).
     */
    @PreAuthorize(AppRoles.HAS_LEADER_OR_ADMIN)
    @Transactional(readOnly = true)
    public Map<String, PracticeTotals> byGroup(Map<AccountId, String> groupOf) {
        reach.requireGroups(groupOf);
        Map<String, Map<String, PracticeTotals.ItemCount>> sums = new HashMap<>();
        for (List<AccountId> chunk : Chunks.of(groupOf.keySet())) {
            Map<Long, List<PracticeStore.Answer>> byPerson = new HashMap<>();
            store.answersOf(chunk.stream().map(AccountId::value).toList())
                    .forEach(a -> byPerson.computeIfAbsent(a.accountId(), k -> new ArrayList<>())
                            .add(a));
            byPerson.forEach((person, answers) -> {
                String group = groupOf.get(new AccountId(person));
                Map<String, PracticeTotals.ItemCount> items = sums.computeIfAbsent(group, k -> new HashMap<>());
                Set<String> seen = new HashSet<>();
                for (PracticeStore.Answer a : answers) {
                    boolean first = seen.add(a.itemKey());
                    int right = a.correct() ? 1 : 0;
                    items.merge(
                            a.itemKey(),
                            first
                                    ? new PracticeTotals.ItemCount(1, right, 0, 0)
                                    : new PracticeTotals.ItemCount(0, 0, 1, right),
                            PracticeTotals.ItemCount::plus);
                }
            });
        }
        Map<String, PracticeTotals> totals = new HashMap<>();
        sums.forEach((group, items) -> totals.put(group, new PracticeTotals(items)));
        return totals;
    }
}
