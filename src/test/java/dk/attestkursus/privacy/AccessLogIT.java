package dk.attestkursus.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.requests.ExerciseService;
import dk.attestkursus.requests.MyRequest;
import dk.attestkursus.requests.RequestFields;
import dk.attestkursus.requests.RequestVersionId;
import dk.attestkursus.requests.ReviewService;
import dk.attestkursus.results.ResultsService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The access log (issue 25): an instructor opening a caseworker's request and a leader opening results
 * each leave one row, with a reference and no text; an administrator reads their own municipality's rows
 * only, the platform administrator the platform's own; a caseworker reads none.
 */
@IntegrationTest
class AccessLogIT {

    static final String EXERCISE = "oevelse-kim-lae-285";

    @Autowired
    AccessLog accessLog;

    @Autowired
    ExerciseService exercises;

    @Autowired
    ReviewService reviews;

    @Autowired
    ResultsService results;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccessLogData accessLogData;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void an_instructor_opening_a_request_leaves_one_row_without_its_text() {
        String caseworker = fixtures.account("loglaeser", Role.PARTICIPANT);
        String instructor = fixtures.account("logunderviser", Role.INSTRUCTOR);
        CourseRunId run = fixtures.run("Loghold", Instant.now().plusSeconds(86_400));
        fixtures.enrol(run, caseworker, EnrolmentRole.PARTICIPANT);
        fixtures.enrol(run, instructor, EnrolmentRole.INSTRUCTOR);
        String purpose = "Formålet " + Unique.tag() + " er at få lægens vurdering af skånehensyn i jobbet.";
        RequestFields fields = new RequestFields(
                "LÆ 285",
                purpose,
                "Borgeren har ondt i ryggen og har været sygemeldt i otte uger.",
                List.of("Hvilke skånehensyn anbefaler du i forhold til tunge løft?"),
                true,
                "Samtykke til indhentning af oplysninger fra egen læge.",
                "");
        MyRequest sent = fixtures.as(caseworker, () -> exercises.submit(EXERCISE, run, fields, -1));
        RequestVersionId version = sent.versions().getFirst().id();
        AccountId subject = new AccountId(fixtures.id(caseworker));
        AccountId actor = new AccountId(fixtures.id(instructor));

        fixtures.as(instructor, () -> reviews.open(version));

        List<AccessLog.Entry> rows = fixtures.as("admin", () -> accessLog.newest(subject));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo(actor);
            assertThat(row.actorName()).isEqualTo("Test " + instructor);
            assertThat(row.subject()).isEqualTo(subject);
            assertThat(row.subjectName()).isEqualTo("Test " + caseworker);
            assertThat(row.kind()).isEqualTo(AccessKind.REQUEST_OPENED);
            assertThat(row.reference()).isEqualTo("anmodning " + version.value());
        });
        Map<String, Object> stored = jdbc.queryForMap("select * from access_log where subject_id = ?", subject.value());
        assertThat(stored.values()).noneMatch(v -> v != null && v.toString().contains("Formålet"));
        assertThat(fixtures.as("admin", accessLog::people))
                .contains(
                        new AccessLog.Person(subject, "Test " + caseworker),
                        new AccessLog.Person(actor, "Test " + instructor));
    }

    @Test
    void a_leader_opening_results_leaves_one_row_about_a_group() {
        String leader = fixtures.account("logleder", Role.LEADER);
        TeamId team = fixtures.team("Logteam " + Unique.tag(), leader);
        AccountId actor = new AccountId(fixtures.id(leader));

        fixtures.as(leader, () -> results.dashboard(team, null));

        List<AccessLog.Entry> rows = fixtures.as("admin", () -> accessLog.newest(actor));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo(actor);
            assertThat(row.subject()).isNull();
            assertThat(row.kind()).isEqualTo(AccessKind.RESULTS_OPENED);
            assertThat(row.reference()).isEqualTo("resultater, team " + team.value() + ", hold afholdte");
        });
    }

    @Test
    void an_administrator_reads_their_own_municipality_only_and_a_caseworker_nothing() {
        String leader = fixtures.account("logleder", Role.LEADER);
        TeamId team = fixtures.team("Logteam " + Unique.tag(), leader);
        AccountId actor = new AccountId(fixtures.id(leader));
        fixtures.as(leader, () -> results.dashboard(team, null));

        assertThat(fixtures.as("admin", () -> accessLog.newest(null))).anyMatch(row -> actor.equals(row.actor()));
        // The demo's second municipality's administrator: none of the first municipality's rows.
        assertThat(fixtures.as("th-admin", () -> accessLog.newest(null)))
                .isNotNull()
                .noneMatch(row -> actor.equals(row.actor()));
        assertThat(fixtures.as("th-admin", () -> accessLog.newest(actor))).isEmpty();
        assertThat(fixtures.as("th-admin", accessLog::people)).noneMatch(p -> p.id().equals(actor));
        // The platform administrator reads the platform's own rows, not a municipality's.
        assertThat(fixtures.as("platform", () -> accessLog.newest(null))).noneMatch(row -> actor.equals(row.actor()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_log where actor_id = ? and municipality_id = 1",
                        Long.class,
                        actor.value()))
                .isEqualTo(1);

        String caseworker = fixtures.account("lognysgerrig", Role.PARTICIPANT);
        for (String who : new String[] {caseworker, leader, "praksiskonsulent"}) {
            assertThatThrownBy(() -> fixtures.as(who, () -> accessLog.newest(null)))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, accessLog::people))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
