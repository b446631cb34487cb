package dk.attestkursus.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The retention job (issue 25): with the clock moved forward it purges what a feature holds past the
 * period and the access log rows older than two years, nothing younger; the administrator's preview says
 * what the run then purges; two instances asking at the same moment run it once.
 */
@IntegrationTest
@Import(RetentionJobIT.Config.class)
class RetentionJobIT {

    static final MunicipalityId FIRST = new MunicipalityId(1);

    @Autowired
    RetentionJob job;

    @Autowired
    RetentionService retention;

    @Autowired
    ExpiringTexts texts;

    @Autowired
    TestClock clock;

    @Autowired
    SystemUser system;

    @Autowired
    MunicipalScope scope;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    MunicipalityId second;
    Instant start;

    @BeforeEach
    void fromScratch() {
        jdbc.update("delete from job_turn where name = ?", RetentionJob.NAME);
        texts.clear();
        second = new MunicipalityId(
                jdbc.queryForObject("select municipality_id from account where username = 'th-admin'", Long.class));
        start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_run_purges_what_expired_and_old_log_rows_as_the_preview_said() {
        Instant monthsAgo13 = start.atZone(TimeConfig.ZONE).minusMonths(13).toInstant();
        Instant monthAgo = start.atZone(TimeConfig.ZONE).minusMonths(1).toInstant();
        texts.add(FIRST, monthsAgo13);
        texts.add(FIRST, monthsAgo13);
        texts.add(FIRST, monthAgo);
        texts.add(second, monthsAgo13);
        Instant twoYears =
                start.atZone(TimeConfig.ZONE).minus(Period.ofYears(2)).toInstant();
        long oldFirst = logRow(FIRST, twoYears.minus(1, ChronoUnit.DAYS));
        long oldSecond = logRow(second, twoYears.minus(3, ChronoUnit.DAYS));
        long young = logRow(FIRST, twoYears.plus(2, ChronoUnit.DAYS));

        RetentionService.Overview preview = fixtures.as("admin", retention::overview);
        assertThat(preview.period()).isEqualTo(Period.ofMonths(12));
        assertThat(preview.nextRun()).isAfter(start).isBeforeOrEqualTo(start.plus(1, ChronoUnit.DAYS));
        assertThat(preview.willPurge()).contains(new RetentionService.FeatureCount(ExpiringTexts.KEY, 2));
        assertThat(preview.willPurge())
                .extracting(RetentionService.FeatureCount::key)
                .doesNotContain("accesslog");
        long oldRowsOfFirst = jdbc.queryForObject(
                "select count(*) from access_log where municipality_id = 1 and at < ?",
                Long.class,
                Timestamp.from(
                        preview.nextRun().atZone(TimeConfig.ZONE).minusYears(2).toInstant()));
        assertThat(preview.accessLogEntries()).isEqualTo(oldRowsOfFirst).isPositive();
        assertThat(preview.lastRun()).isNull();
        // The second municipality's administrator sees their own.
        assertThat(fixtures.as("th-admin", retention::overview).willPurge())
                .contains(new RetentionService.FeatureCount(ExpiringTexts.KEY, 1));

        // The run at the announced time purges exactly what the preview said.
        clock.set(preview.nextRun());
        RetentionJob.Result result =
                system.call(() -> job.runIfTurn(preview.nextRun())).orElseThrow();
        assertThat(result.byMunicipality().get(FIRST)).containsEntry(ExpiringTexts.KEY, 2);
        assertThat(result.byMunicipality().get(second)).containsEntry(ExpiringTexts.KEY, 1);
        assertThat(result.failed()).isZero();
        assertThat(texts.left(FIRST)).containsExactly(monthAgo);
        assertThat(texts.left(second)).isEmpty();
        assertThat(texts.purgedInTransactionOf).containsOnly(FIRST, second);
        assertThat(result.accessLogDeleted()).isGreaterThanOrEqualTo(2);
        assertThat(logRowExists(oldFirst)).isFalse();
        assertThat(logRowExists(oldSecond)).isFalse();
        assertThat(logRowExists(young)).isTrue();

        // What it did is on the page, counts only.
        RetentionService.Overview after = fixtures.as("admin", retention::overview);
        assertThat(after.lastRun()).isNotNull().satisfies(last -> {
            assertThat(last.at()).isEqualTo(preview.nextRun());
            assertThat(last.failed()).isZero();
            assertThat(last.municipalities()).isEqualTo(result.byMunicipality().size());
            assertThat(last.purged()).contains(new RetentionService.FeatureCount(ExpiringTexts.KEY, 3));
            assertThat(last.accessLogDeleted()).isEqualTo(result.accessLogDeleted());
        });
        assertThat(after.willPurge()).contains(new RetentionService.FeatureCount(ExpiringTexts.KEY, 0));
        assertThat(after.nextRun()).isAfter(preview.nextRun());

        // Not again the same day; a year on, the month-old text has expired too.
        assertThat(system.call(() -> job.runIfTurn(preview.nextRun().plus(1, ChronoUnit.HOURS))))
                .isEmpty();
        Instant yearOn = preview.nextRun().atZone(TimeConfig.ZONE).plusYears(1).toInstant();
        clock.set(yearOn);
        assertThat(system.call(() -> job.runIfTurn(yearOn)))
                .hasValueSatisfying(
                        r -> assertThat(r.byMunicipality().get(FIRST)).containsEntry(ExpiringTexts.KEY, 1));
        assertThat(texts.left(FIRST)).isEmpty();
        assertThat(logRowExists(young)).isFalse();
    }

    @Test
    void two_instances_asking_at_the_same_moment_run_it_once() throws Exception {
        texts.add(FIRST, start.atZone(TimeConfig.ZONE).minusMonths(13).toInstant());
        int instances = 4;
        CountDownLatch ready = new CountDownLatch(instances);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<Optional<RetentionJob.Result>>> turns = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                turns.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return system.call(() -> job.runIfTurn(start));
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Optional<RetentionJob.Result>> ran = new ArrayList<>();
            for (Future<Optional<RetentionJob.Result>> turn : turns) {
                ran.add(turn.get(60, TimeUnit.SECONDS));
            }
            assertThat(ran.stream().filter(Optional::isPresent)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(texts.purges).isEqualTo(1);
        assertThat(texts.left(FIRST)).isEmpty();
        // The same moment again, as a fifth instance would see it: not its turn.
        assertThat(system.call(() -> job.runIfTurn(start))).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select last_result from job_turn where name = ?", String.class, RetentionJob.NAME))
                .contains(ExpiringTexts.KEY + "=1")
                .doesNotContain("th-admin");
    }

    @Test
    void only_administrators_see_the_preview() {
        assertThat(fixtures.as("platform", retention::overview).willPurge()).isEmpty();
        for (String who : new String[] {"sagsbehandler", "leder", "praksiskonsulent", "koordinator"}) {
            assertThatThrownBy(() -> fixtures.as(who, retention::overview))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private long logRow(MunicipalityId municipality, Instant at) {
        jdbc.update(
                "insert into access_log (municipality_id, actor_id, subject_id, kind, reference, at)"
                        + " values (?, null, null, 'EXPORTED', 'retention test', ?)",
                municipality.value(),
                Timestamp.from(at));
        return jdbc.queryForObject("select max(id) from access_log", Long.class);
    }

    private boolean logRowExists(long id) {
        return jdbc.queryForObject("select count(*) from access_log where id = ?", Long.class, id) == 1;
    }

    /**
     * A feature whose texts expire by their run's last follow-up, kept per municipality in memory: what it
     * purges it purges in the municipality the job entered, inside that municipality's transaction.
     */
    static class ExpiringTexts implements PersonalData {

        static final String KEY = "retentiontest";

        final Map<MunicipalityId, List<Instant>> followUps = new ConcurrentHashMap<>();
        final List<MunicipalityId> purgedInTransactionOf = new CopyOnWriteArrayList<>();
        volatile int purges;
        private final MunicipalScope scope;

        ExpiringTexts(MunicipalScope scope) {
            this.scope = scope;
        }

        void clear() {
            followUps.clear();
            purgedInTransactionOf.clear();
            purges = 0;
        }

        void add(MunicipalityId municipality, Instant lastFollowUp) {
            followUps
                    .computeIfAbsent(municipality, m -> new CopyOnWriteArrayList<>())
                    .add(lastFollowUp);
        }

        List<Instant> left(MunicipalityId municipality) {
            return List.copyOf(followUps.getOrDefault(municipality, List.of()));
        }

        @Override
        public String key() {
            return KEY;
        }

        @Override
        public List<PersonalColumn> columns() {
            return List.of();
        }

        @Override
        public FeatureExport export(AccountId person) {
            return FeatureExport.of(Map.of());
        }

        @Override
        public void erase(AccountId person) {}

        @Override
        public synchronized int retention(Instant followUpBefore, boolean purge) {
            MunicipalityId here = scope.current().orElseThrow();
            List<Instant> mine = followUps.getOrDefault(here, List.of());
            List<Instant> expired =
                    mine.stream().filter(at -> at.isBefore(followUpBefore)).collect(Collectors.toList());
            if (purge && !expired.isEmpty()) {
                assertThat(TransactionSynchronizationManager.isActualTransactionActive())
                        .isTrue();
                mine.removeAll(expired);
                purgedInTransactionOf.add(here);
                purges++;
            }
            return expired.size();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        ExpiringTexts expiringTexts(MunicipalScope scope) {
            return new ExpiringTexts(scope);
        }
    }
}
