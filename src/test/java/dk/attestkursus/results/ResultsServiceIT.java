package dk.attestkursus.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The leader's results on a real database: the team's figures, the group-of-five rule, refusals, the extract. */
@IntegrationTest
class ResultsServiceIT {

    @Autowired
    ResultsService results;

    @Autowired
    ResultsSeed seed;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    String username(long id) {
        return jdbc.sql("select username from account where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void a_team_of_six_shows_the_before_and_after_per_criterion_and_the_action_outcomes() {
        long leader = seed.leader("x");
        long run = seed.run("Hold " + leader, Instant.now().minus(60, ChronoUnit.DAYS));
        seed.team(leader, run, 6, 1, 2, "Der var ikke tid");

        Dashboard d = fixtures.as(username(leader), () -> results.dashboard(null, null));

        assertThat(d.tooFew()).isFalse();
        assertThat(d.counts().enrolled()).isEqualTo(6);
        assertThat(d.counts().attended()).isEqualTo(6);
        assertThat(d.quality()).hasSize(6).allSatisfy(q -> {
            assertThat(q.before()).isEqualTo(1.0);
            assertThat(q.after()).isEqualTo(2.0);
            assertThat(q.change()).isEqualTo(1.0);
        });
        Dashboard.StatementRow statement = d.selfAssessment().stream()
                .filter(s -> s.key().equals("ved-hvad-laegen-vurderer"))
                .findFirst()
                .orElseThrow();
        assertThat(statement.before()).isEqualTo(2.0);
        assertThat(statement.followUp1()).isEqualTo(4.0);
        assertThat(statement.followUp2()).isNull();
        assertThat(d.actions().tried()).isEqualTo(3);
        assertThat(d.actions().blocked()).isEqualTo(3);
        assertThat(d.obstacles()).extracting(Dashboard.ObstacleCount::key).containsExactly("tid");
        assertThat(d.obstacles().getFirst().count()).isEqualTo(3);
        assertThat(d.counts().followUp1()).isEqualTo(6);
    }

    @Test
    void a_team_of_four_shows_no_figures_about_people() {
        long leader = seed.leader("x");
        long run = seed.run("Hold " + leader, Instant.now().minus(60, ChronoUnit.DAYS));
        seed.team(leader, run, 4, 0, 2, "tid");

        Dashboard d = fixtures.as(username(leader), () -> results.dashboard(null, null));

        assertThat(d.tooFew()).isTrue();
        assertThat(d.people()).isZero();
        assertThat(d.runs()).singleElement().satisfies(r -> {
            assertThat(r.people()).isEqualTo(4);
            assertThat(r.counted()).isZero();
            assertThat(r.held()).isTrue();
        });
        assertThat(d.counts()).isNull();
        assertThat(d.quality()).isEmpty();
        assertThat(d.selfAssessment()).isEmpty();
        assertThat(d.actions()).isNull();
        assertThat(d.obstacles()).isEmpty();
    }

    @Test
    void a_leader_asking_for_another_team_or_run_is_refused_and_a_caseworker_gets_nothing() {
        long mine = seed.leader("x");
        long other = seed.leader("x");
        long otherRun = seed.run("Andet hold " + other, Instant.now().minus(60, ChronoUnit.DAYS));
        seed.team(other, otherRun, 5, 1, 1, "tid");

        assertThatThrownBy(() ->
                        fixtures.as(username(mine), () -> results.dashboard(new TeamId(seed.teamOf(other)), null)))
                .isInstanceOfSatisfying(
                        ResultsRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ResultsRefusedException.Reason.NOT_YOUR_TEAM));
        assertThatThrownBy(() -> fixtures.as(username(mine), () -> results.dashboard(null, new CourseRunId(otherRun))))
                .isInstanceOfSatisfying(
                        ResultsRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ResultsRefusedException.Reason.NOT_YOUR_RUN));
        String caseworker = fixtures.account("cw", Role.PARTICIPANT);
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> results.dashboard(null, null)))
                .isInstanceOf(AccessDeniedException.class);
        Dashboard all = fixtures.as(
                "admin", () -> results.dashboard(new TeamId(seed.teamOf(other)), new CourseRunId(otherRun)));
        assertThat(all.people()).isEqualTo(5);
        assertThat(all.scope().runName()).isEqualTo("Andet hold " + other);
    }

    @Test
    void an_extract_with_a_bad_line_stores_nothing_and_a_good_one_replaces_the_same_month() {
        long leader = seed.leader("x");
        String me = username(leader);
        YearMonth last = YearMonth.now().minusMonths(1);
        String good = "måned;attest;sendt;returneret;udgift\n" + last + ";LÆ 265;10;2;\n" + last.minusMonths(1)
                + ";LÆ 265;12;3;\"19.668,00\"\n";
        String bad = good + last.plusMonths(2) + ";LÆ 265;1;0;\n";

        ExtractPreview preview = fixtures.as(me, () -> results.previewExtract(null, bytes(bad)));
        assertThat(preview.canImport()).isFalse();
        assertThat(preview.problems()).extracting(Problem::key).containsExactly("extract.error.futureMonth");
        assertThatThrownBy(() -> fixtures.as(me, () -> results.importExtract(null, bytes(bad))))
                .isInstanceOf(ResultsRefusedException.class);
        assertThat(rows(leader)).isZero();

        assertThat(fixtures.as(me, () -> results.importExtract(null, bytes(good))))
                .isEqualTo(2);
        String again = "måned;attest;sendt;returneret\n" + last + ";LÆ 265;20;1\n";
        assertThat(fixtures.as(me, () -> results.previewExtract(null, bytes(again)))
                        .replacing())
                .isEqualTo(1);
        fixtures.as(me, () -> results.importExtract(null, bytes(again)));
        assertThat(rows(leader)).isEqualTo(2);

        Dashboard d = fixtures.as(me, () -> results.dashboard(null, null));
        assertThat(d.extractMonths()).hasSize(2);
        Dashboard.MonthLine latest = d.extractMonths().getLast();
        assertThat(latest.sent()).isEqualTo(20);
        assertThat(latest.feeUsed()).isTrue();
        assertThat(latest.cost()).isEqualByComparingTo("32780");
        assertThat(d.extractMonths().getFirst().cost()).isEqualByComparingTo("19668");
    }

    @Test
    void an_administrator_must_choose_a_leader_for_an_extract() {
        assertThatThrownBy(() -> fixtures.as(
                        "admin", () -> results.importExtract(null, bytes("måned;attest;sendt;returneret\n"))))
                .isInstanceOfSatisfying(
                        ResultsRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ResultsRefusedException.Reason.NO_TEAM));
    }

    @Test
    void a_leader_deletes_their_own_extract_only() {
        long mine = seed.leader("x");
        long other = seed.leader("x");
        String extract = "måned;attest;sendt;returneret\n" + YearMonth.now().minusMonths(1) + ";LÆ 265;10;2\n";
        fixtures.as(username(mine), () -> results.importExtract(null, bytes(extract)));
        fixtures.as(username(other), () -> results.importExtract(null, bytes(extract)));

        assertThatThrownBy(
                        () -> fixtures.as(username(mine), () -> results.deleteExtract(new TeamId(seed.teamOf(other)))))
                .isInstanceOfSatisfying(
                        ResultsRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ResultsRefusedException.Reason.NOT_YOUR_TEAM));
        assertThat(rows(other)).isEqualTo(1);

        assertThat(fixtures.as(username(mine), () -> results.deleteExtract(null)))
                .isEqualTo(1);
        assertThat(rows(mine)).isZero();
        assertThat(rows(other)).isEqualTo(1);
        assertThat(fixtures.as("admin", () -> results.deleteExtract(new TeamId(seed.teamOf(other)))))
                .isEqualTo(1);
        assertThat(rows(other)).isZero();
    }

    private int rows(long leader) {
        return jdbc.sql("select count(*) from data_extract_row where team_id = ?")
                .param(seed.teamOf(leader))
                .query(Integer.class)
                .single();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
