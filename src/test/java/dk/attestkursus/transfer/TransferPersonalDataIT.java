package dk.attestkursus.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.ObstacleGroup;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Transfer's personal data (issue 25): self-assessments and action plans of two caseworkers; the export
 * of one holds theirs and nothing of the other's, erasing takes their texts and keeps every figure the
 * leaders see (scores, answered, tried, not yet, blocked, obstacle groups), retention purges the texts of
 * expired runs only.
 */
@IntegrationTest
class TransferPersonalDataIT {

    @Autowired
    TransferPersonalData personalData;

    @Autowired
    TransferStatisticsService statistics;

    @Autowired
    CourseContent content;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    String anna;
    String bo;
    String tagA;
    String tagB;
    List<String> group;
    String word;

    @BeforeEach
    void people() {
        anna = fixtures.account("anna", Role.PARTICIPANT);
        bo = fixtures.account("bo", Role.PARTICIPANT);
        tagA = "annatekst" + Unique.tag();
        tagB = "botekst" + Unique.tag();
        group = List.of(
                anna,
                bo,
                fixtures.account("tre", Role.PARTICIPANT),
                fixtures.account("fire", Role.PARTICIPANT),
                fixtures.account("fem", Role.PARTICIPANT));
        word = course().transfer().obstacleGroups().getFirst().words().getFirst();
    }

    private Course course() {
        return fixtures.as("admin", () -> content.course());
    }

    private CourseRunId run(Instant startsAt, String participant) {
        CourseRunId run = fixtures.run("Privatliv", startsAt);
        fixtures.enrol(run, participant, EnrolmentRole.PARTICIPANT);
        return run;
    }

    /** The person's self-assessment before and at the first follow-up, and two actions with check-ins. */
    private void everything(String who, CourseRunId run, String tag, int score, boolean tried) {
        long account = fixtures.id(who);
        List<String> statements = course().transfer().selfAssessment().statements().stream()
                .map(s -> s.key())
                .toList();
        for (String phase : List.of("BEFORE", "FOLLOW_UP_1")) {
            var keys = new GeneratedKeyHolder();
            jdbc.update(
                    c -> {
                        var s = c.prepareStatement("""
                                insert into self_assessment
                                    (account_id, course_run_id, phase, open_answer, answered_at, municipality_id)
                                values (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                        s.setLong(1, account);
                        s.setLong(2, run.value());
                        s.setString(3, phase);
                        s.setString(4, "Svar " + tag + " " + phase);
                        s.setTimestamp(5, Timestamp.from(Instant.now()));
                        s.setLong(6, DemoAccounts.FIRST_MUNICIPALITY.value());
                        return s;
                    },
                    keys);
            long id = keys.getKey().longValue();
            for (String statement : statements) {
                jdbc.update("""
                        insert into self_assessment_score (self_assessment_id, statement_key, score, municipality_id)
                        values (?, ?, ?, ?)""", id, statement, score, DemoAccounts.FIRST_MUNICIPALITY.value());
            }
        }
        for (int position = 1; position <= 2; position++) {
            int at = position;
            var keys = new GeneratedKeyHolder();
            jdbc.update(
                    c -> {
                        var s = c.prepareStatement("""
                                insert into action_item
                                    (account_id, course_run_id, position, change_text, try_when, updated_at,
                                     municipality_id)
                                values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                        s.setLong(1, account);
                        s.setLong(2, run.value());
                        s.setInt(3, at);
                        s.setString(4, "Ændring " + tag + " " + at);
                        s.setString(5, "Næste uge " + tag);
                        s.setTimestamp(6, Timestamp.from(Instant.now()));
                        s.setLong(7, DemoAccounts.FIRST_MUNICIPALITY.value());
                        return s;
                    },
                    keys);
            long item = keys.getKey().longValue();
            if (at == 1) {
                // Tried at first, then not yet at the second follow-up, for a reason in no group.
                checkIn(item, "FIRST", "TRIED", null);
                checkIn(item, "SECOND", "NOT_YET", "Qqq " + tag);
            } else {
                // Not yet for a reason in the first group; then tried, if this person did.
                checkIn(item, "FIRST", "NOT_YET", "Der var ikke " + word + " til det, " + tag);
                if (tried) {
                    checkIn(item, "SECOND", "TRIED", null);
                }
            }
        }
    }

    private void checkIn(long item, String checkpoint, String outcome, @Nullable String obstacle) {
        jdbc.update(
                """
                insert into action_check_in (action_item_id, checkpoint, outcome, obstacle, answered_at, municipality_id)
                values (?, ?, ?, ?, ?, ?)""",
                item,
                checkpoint,
                outcome,
                obstacle,
                Timestamp.from(Instant.now()),
                DemoAccounts.FIRST_MUNICIPALITY.value());
    }

    /** What the leaders see, in a form that compares: every count and sum, and the obstacles by group. */
    private String figures() {
        List<AccountId> ids =
                group.stream().map(u -> new AccountId(fixtures.id(u))).toList();
        TransferTotals t = fixtures.as("admin", () -> statistics.of(ids));
        Map<String, String> sums = new TreeMap<>();
        t.statementSums()
                .forEach((phase, perStatement) ->
                        perStatement.forEach((statement, v) -> sums.put(phase + "/" + statement, v[0] + "/" + v[1])));
        List<ObstacleGroup> groups = course().transfer().obstacleGroups();
        Map<String, Integer> byGroup = new TreeMap<>();
        t.obstacles()
                .forEach(o -> byGroup.merge(
                        groups.stream()
                                .filter(g -> g.matches(o))
                                .findFirst()
                                .map(ObstacleGroup::key)
                                .orElse("other"),
                        1,
                        Integer::sum));
        return "prep=" + t.prepDone() + " answered=" + new TreeMap<>(t.answered()) + " sums=" + sums + " checkedIn="
                + t.checkedIn() + " tried=" + t.tried() + " notYet=" + t.notYet() + " blocked=" + t.blocked()
                + " obstacles=" + byGroup;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return fixtures.as("admin", () -> new TransactionTemplate(transactions).execute(s -> work.get()));
    }

    private String everythingStored() {
        return String.join("\n", jdbc.queryForList("""
                        select coalesce(open_answer, '') from self_assessment
                        union all select change_text || try_when from action_item
                        union all select coalesce(obstacle, '') from action_check_in""", String.class));
    }

    @Test
    void the_export_holds_the_persons_answers_and_plan_once_and_nothing_of_anyone_else() {
        CourseRunId run = run(Instant.now(), anna);
        fixtures.enrol(run, bo, EnrolmentRole.PARTICIPANT);
        everything(anna, run, tagA, 4, true);
        everything(bo, run, tagB, 2, false);

        FeatureExport export = fixtures.as("admin", () -> personalData.export(new AccountId(fixtures.id(anna))));

        assertThat(export.data().get("selfAssessments")).hasSize(2);
        assertThat(export.data().get("actionPlan")).hasSize(2);
        String json = JsonMapper.builder().build().writeValueAsString(export.data());
        assertThat(json)
                .contains("Svar " + tagA + " BEFORE", "Ændring " + tagA + " 1", "Der var ikke " + word)
                .contains("\"TRIED\"")
                .doesNotContain(tagB);
        assertThat(json.split("Ændring " + tagA + " 2", -1))
                .as("each action once")
                .hasSize(2);
    }

    @Test
    void erasing_takes_the_persons_texts_and_keeps_every_figure() {
        CourseRunId run = run(Instant.now(), anna);
        fixtures.enrol(run, bo, EnrolmentRole.PARTICIPANT);
        everything(anna, run, tagA, 4, true);
        everything(bo, run, tagB, 2, false);
        String before = figures();
        assertThat(before).contains("tried=1", "blocked=3", "obstacles={other=2, tid=1}");
        assertThat(everythingStored()).contains(tagA, tagB);

        long id = fixtures.id(anna);
        inTransaction(() -> {
            personalData.erase(new AccountId(id));
            return null;
        });

        assertThat(everythingStored()).doesNotContain(tagA).contains("Svar " + tagB, "Ændring " + tagB);
        assertThat(figures()).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from self_assessment_score s join self_assessment a"
                                + " on a.id = s.self_assessment_id where a.account_id = ?",
                        Integer.class,
                        id))
                .as("the scores stay as anonymous rows")
                .isPositive();
    }

    @Test
    void retention_purges_exactly_the_texts_of_runs_whose_last_follow_up_expired() {
        LocalDate day =
                LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        Instant session = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant cutoff = session.plusSeconds(60L * 86_400);
        inTransaction(() -> personalData.retention(cutoff, true));

        CourseRunId expired = run(session, anna);
        CourseRunId going = run(session, bo);
        jdbc.update(
                "update course_run set follow_up_second = ? where id = ?",
                java.sql.Date.valueOf(day.plusDays(90)),
                going.value());
        everything(anna, expired, tagA, 4, true);
        everything(bo, going, tagB, 2, false);
        String before = figures();

        // Anna: two open answers, two actions, two obstacles (one in a group, one in none).
        int counted = inTransaction(() -> personalData.retention(cutoff, false));
        assertThat(counted).isEqualTo(6);
        int purged = inTransaction(() -> personalData.retention(cutoff, true));

        assertThat(purged).isEqualTo(counted);
        assertThat(everythingStored()).doesNotContain(tagA).contains("Svar " + tagB, "Ændring " + tagB, tagB);
        assertThat(figures()).isEqualTo(before);
        assertThat(inTransaction(() -> personalData.retention(cutoff, false))).isZero();
    }
}
