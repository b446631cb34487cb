package dk.attestkursus.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.base.Chunks;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.ParticipationService;
import dk.attestkursus.learning.LearningStatisticsService;
import dk.attestkursus.learning.ModuleCompletion;
import dk.attestkursus.requests.RubricStatisticsService;
import dk.attestkursus.requests.RubricTotals;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.transfer.TransferStatisticsService;
import dk.attestkursus.transfer.TransferTotals;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The batch statistics the results dashboard asks for all its blocks at once (issue 26) give every
 * group exactly what the per-block methods give it, on mixed data: full blocks, a block where fewer than
 * five are behind most figures, people who completed some modules or prepared and some who did not, a
 * group asked about in a run its people are not in; asked with a list of ids and, with more people than
 * {@link Chunks#READ_ALL_FROM}, read whole. And the group rule and the reach still hold.
 */
@IntegrationTest
class BatchStatisticsIT {

    @Autowired
    ParticipationService participation;

    @Autowired
    LearningStatisticsService learning;

    @Autowired
    TransferStatisticsService transfer;

    @Autowired
    RubricStatisticsService rubric;

    @Autowired
    CourseContent content;

    @Autowired
    ResultsSeed seed;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_group_gets_from_the_batch_what_it_gets_asked_about_alone() {
        Course course = fixtures.as("admin", () -> content.course());
        long leader = seed.leader("x");
        long otherLeader = seed.leader("x");
        long first = seed.run("Batch første " + leader, Instant.now().minus(70, ChronoUnit.DAYS));
        long second = seed.run("Batch andet " + leader, Instant.now().minus(40, ChronoUnit.DAYS));
        List<Long> full = seed.team(leader, first, 6, 1, 3, "Der var ikke tid");
        List<Long> five = seed.team(leader, second, 5, 2, 2, "Systemet drillede");
        List<Long> thin = new ArrayList<>(); // five on the run, fewer than five behind most figures
        for (int i = 0; i < 5; i++) {
            thin.add(seed.member(otherLeader, second, i % 2 == 0));
        }
        for (int i = 0; i < 3; i++) {
            seed.ownCases(thin.get(i), second, i, 2 + i);
        }
        seed.selfAssessment(thin.get(0), second, "BEFORE", Map.of("ved-hvad-laegen-vurderer", 5));
        seed.selfAssessment(thin.get(0), second, "FOLLOW_UP_1", Map.of("ved-hvad-laegen-vurderer", 1));
        seed.selfAssessment(thin.get(1), second, "BEFORE", Map.of("ved-hvad-laegen-vurderer", 3));
        for (int i = 0; i < 4; i++) {
            completeAll(course, full.get(i));
            guessAllMyths(course, full.get(i));
        }
        completeFirstModule(course, full.get(4));
        completeAll(course, thin.get(0));
        completeFirstModule(course, thin.get(1));
        guessAllMyths(course, five.get(0));
        guessAllMyths(course, thin.get(0));

        Map<String, List<AccountId>> groups = new LinkedHashMap<>();
        groups.put("full", ids(full));
        groups.put("five", ids(five));
        groups.put("thin", ids(thin));
        Map<String, CourseRunId> runOf = Map.of(
                "full", new CourseRunId(first), "five", new CourseRunId(second), "thin", new CourseRunId(second));

        fixtures.as("admin", () -> {
            sameFigures(groups, runOf);
            return null;
        });
        Map<String, List<AccountId>> many = new LinkedHashMap<>(groups);
        Map<String, CourseRunId> manyRuns = new LinkedHashMap<>(runOf);
        long filler = seed.run("Batch fyld " + leader, Instant.now().minus(50, ChronoUnit.DAYS));
        for (int g = 0; many.values().stream().mapToInt(List::size).sum() < Chunks.READ_ALL_FROM; g++) {
            List<Long> people = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                people.add(seed.member(otherLeader, filler, i == g % 5));
            }
            many.put("fyld " + g, ids(people));
            manyRuns.put("fyld " + g, new CourseRunId(filler));
        }
        fixtures.as("admin", () -> {
            sameFigures(many, manyRuns); // so many that the batch reads everyone's rows and keeps the asked
            return null;
        });
        fixtures.as(seed.username(leader), () -> {
            sameFigures(Map.of("full", groups.get("full"), "five", groups.get("five")), runOf);
            return null;
        });

        fixtures.as("admin", () -> {
            Map<AccountId, String> wrongRun = groupOf(Map.of("full", groups.get("full")));
            assertThat(participation.attendedByGroup(wrongRun, Map.of("full", new CourseRunId(second))))
                    .as("a group asked about in a run its people are not in")
                    .containsExactly(Map.entry("full", 0))
                    .containsEntry(
                            "full",
                            participation
                                    .of(groups.get("full"), new CourseRunId(second))
                                    .attended());
            return null;
        });
        Map<AccountId, String> withFour = groupOf(groups);
        groups.get("five").stream().skip(4).forEach(p -> withFour.put(p, "alone"));
        assertThatThrownBy(() -> fixtures.as("admin", () -> learning.completionByGroup(withFour)))
                .as("a group of fewer than five, among others")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(seed.username(leader), () -> transfer.byGroup(groupOf(groups))))
                .as("a leader asking about another leader's team among their own")
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Each group's figures from the batch methods against the per-block ones, and their sums. */
    private void sameFigures(Map<String, List<AccountId>> groups, Map<String, CourseRunId> runOf) {
        Map<AccountId, String> groupOf = groupOf(groups);
        Map<String, Integer> attended = participation.attendedByGroup(groupOf, runOf);
        Map<String, ModuleCompletion> completion = learning.completionByGroup(groupOf);
        Map<String, TransferTotals> transfers = transfer.byGroup(groupOf);
        Map<Writing.OwnCase, Map<String, RubricTotals>> quality = rubric.ownCasesByGroup(groupOf);
        Map<String, RubricTotals> before = quality.get(Writing.OwnCase.BEFORE);
        Map<String, RubricTotals> after = quality.get(Writing.OwnCase.AFTER);
        assertThat(attended).containsOnlyKeys(groups.keySet());
        List<TransferTotals> blockTransfers = new ArrayList<>();
        List<TransferTotals> batchTransfers = new ArrayList<>();
        List<RubricTotals> blockBefore = new ArrayList<>();
        List<RubricTotals> batchBefore = new ArrayList<>();
        for (var group : groups.entrySet()) {
            String g = group.getKey();
            List<AccountId> people = group.getValue();
            assertThat(attended.get(g))
                    .as("attended, " + g)
                    .isEqualTo(participation.of(people, runOf.get(g)).attended());
            assertThat(completion.get(g)).as("modules, " + g).isEqualTo(learning.completion(people));
            assertThat(comparable(transfers.get(g))).as("transfer, " + g).isEqualTo(comparable(transfer.of(people)));
            assertThat(before.get(g))
                    .as("rubric before, " + g)
                    .isEqualTo(rubric.ownCase(Writing.OwnCase.BEFORE, people));
            assertThat(after.get(g)).as("rubric after, " + g).isEqualTo(rubric.ownCase(Writing.OwnCase.AFTER, people));
            blockTransfers.add(transfer.of(people));
            batchTransfers.add(transfers.get(g));
            blockBefore.add(rubric.ownCase(Writing.OwnCase.BEFORE, people));
            batchBefore.add(before.get(g));
        }
        assertThat(comparable(BlockSums.transfer(batchTransfers)))
                .isEqualTo(comparable(BlockSums.transfer(blockTransfers)));
        assertThat(BlockSums.rubric(batchBefore)).isEqualTo(BlockSums.rubric(blockBefore));
        // Not all zero: the full team's figures are there to compare.
        assertThat(before.get("full").of("purpose")).isEqualTo(new RubricTotals.Sum(6, 6));
        assertThat(completion.get("full").allModules()).isEqualTo(4);
        assertThat(transfers.get("full").prepDone()).isEqualTo(4);
        assertThat(attended.get("full")).isEqualTo(6);
        if (groups.containsKey("thin")) {
            assertThat(before.get("thin").of("purpose").count())
                    .as("fewer than five behind it")
                    .isEqualTo(3);
            assertThat(attended.get("thin")).isEqualTo(3);
        }
    }

    /** TransferTotals with its arrays as lists and the obstacles (in no particular order) sorted. */
    private static List<Object> comparable(TransferTotals t) {
        Map<String, Map<String, List<Long>>> sums = new TreeMap<>();
        t.statementSums()
                .forEach((phase, statements) ->
                        statements.forEach((key, sum) -> sums.computeIfAbsent(phase.name(), p -> new TreeMap<>())
                                .put(key, Arrays.stream(sum).boxed().toList())));
        return List.of(
                t.prepDone(),
                new TreeMap<>(t.answered()),
                sums,
                t.checkedIn(),
                t.tried(),
                t.notYet(),
                t.blocked(),
                t.obstacles().stream().sorted().toList());
    }

    private static Map<AccountId, String> groupOf(Map<String, List<AccountId>> groups) {
        Map<AccountId, String> groupOf = new LinkedHashMap<>();
        groups.forEach((g, people) -> people.forEach(p -> groupOf.put(p, g)));
        return groupOf;
    }

    private static List<AccountId> ids(List<Long> ids) {
        return ids.stream().map(AccountId::new).toList();
    }

    private void completeAll(Course course, long account) {
        course.modules().forEach(m -> complete(m, account));
    }

    private void completeFirstModule(Course course, long account) {
        complete(course.modules().getFirst(), account);
    }

    private void complete(Module module, long account) {
        Timestamp now = Timestamp.from(Instant.now());
        for (Lesson lesson : module.lessons()) {
            jdbc.update(
                    "insert into lesson_read (municipality_id, account_id, lesson_id, read_at) values (1, ?, ?, ?)",
                    account,
                    lesson.id(),
                    now);
        }
        for (Question question : module.quiz()) {
            jdbc.update("""
                    insert into quiz_answer (municipality_id, account_id, question_id, option_index, correct, attempts,
                        answered_at) values (1, ?, ?, 0, true, 1, ?)""", account, question.id(), now);
        }
    }

    private void guessAllMyths(Course course, long account) {
        Timestamp now = Timestamp.from(Instant.now());
        course.myths().forEach(myth -> jdbc.update("""
                        insert into myth_guess (municipality_id, account_id, myth_id, answer, confidence, answered_at)
                        values (1, ?, ?, 'MYTH', 3, ?)""", account, myth.id(), now));
    }
}
