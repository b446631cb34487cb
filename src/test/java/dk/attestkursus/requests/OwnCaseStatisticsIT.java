package dk.attestkursus.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.Chunks;
import dk.attestkursus.content.Writing;
import dk.attestkursus.results.ResultsSeed;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A large group (more than one id list of {@link Chunks#SIZE}) is read another way than a small one:
 * the figures must be the same either way.
 */
@IntegrationTest
class OwnCaseStatisticsIT {

    @Autowired
    RubricStatisticsService rubric;
    @Autowired
    RequestProgressService progress;
    @Autowired
    ResultsSeed seed;
    @Autowired
    Fixtures fixtures;

    @Test
    void a_group_too_large_for_one_id_list_gets_the_same_sums_and_senders_as_a_small_one() {
        long leader = seed.leader("x");
        long run = seed.run("Stor gruppe " + leader, Instant.now().minus(60, ChronoUnit.DAYS));
        List<AccountId> team = seed.team(leader, run, 5, 1, 2, "tid").stream().map(AccountId::new).toList();
        List<AccountId> large = new ArrayList<>(team);
        for (long fake = 1; large.size() <= Chunks.SIZE + 5; fake++) {
            large.add(new AccountId(-fake)); // ids no account has
        }

        RubricTotals small = fixtures.as("admin", () -> rubric.ownCase(Writing.OwnCase.BEFORE, team));
        RubricTotals big = fixtures.as("admin", () -> rubric.ownCase(Writing.OwnCase.BEFORE, large));
        RubricTotals after = fixtures.as("admin", () -> rubric.ownCase(Writing.OwnCase.AFTER, large));

        assertThat(small.perCriterion()).hasSize(6).allSatisfy((criterion, sum) -> {
            assertThat(sum.total()).isEqualTo(5);
            assertThat(sum.count()).isEqualTo(5);
        });
        assertThat(big.perCriterion()).isEqualTo(small.perCriterion());
        assertThat(after.perCriterion().values()).allSatisfy(sum -> assertThat(sum.total()).isEqualTo(10));
        assertThat(fixtures.as("admin", () -> progress.sentOwnRequest(Writing.OwnCase.BEFORE, large)))
                .containsExactlyInAnyOrderElementsOf(team)
                .isEqualTo(fixtures.as("admin", () -> progress.sentOwnRequest(Writing.OwnCase.BEFORE, team)));
    }
}
