package dk.attestkursus.privacy;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.privacy.domain.AccessLogRepository;
import dk.attestkursus.privacy.domain.JobTurnStore;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.PersonalRecords;
import dk.attestkursus.security.SystemUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention (issue 25, art. 5(1)(e)): once a day, exercise texts, notes and mails of runs whose last
 * follow-up lies longer back than the configured period ({@code attestkursus.privacy.retention}, 12 months
 * by default) are purged by the features that hold them ({@link PersonalData#retention}), and access log
 * rows older than two years are deleted.
 *
 * <p>It runs once across instances: each instance's timer fires, and the one whose conditional update of
 * the job's row in {@code job_turn} moved its next run forward runs it ({@link JobTurnStore#take}). It is
 * the platform's own work (decision 020): as the system it finds the municipalities with people, then
 * purges each within that municipality, chosen before that municipality's transaction starts. What it did
 * goes to the job's row ({@code last_result}), which the administrator's page shows.
 */
@Component
class RetentionJob {

    /** The job's row in {@code job_turn}. */
    static final String NAME = "retention";

    /** How long the access log keeps a row. */
    static final Period ACCESS_LOG_KEPT = Period.ofYears(2);

    /**
     * How far a turn moves the next run: less than a day, so tomorrow's timer finds it due even when the
     * instances' clocks differ by minutes, and more than any run takes, so no instance runs it twice a day.
     */
    static final Duration TURN = Duration.ofHours(23);

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final List<PersonalData> features;
    private final PersonalRecords records;
    private final AccessLogRepository accessLog;
    private final JobTurnStore turns;
    private final SystemUser system;
    private final MunicipalScope scope;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final Period retention;
    private final CronExpression cron;
    private final boolean scheduling;

    RetentionJob(
            List<PersonalData> features,
            PersonalRecords records,
            AccessLogRepository accessLog,
            JobTurnStore turns,
            SystemUser system,
            MunicipalScope scope,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${attestkursus.privacy.retention:P12M}") String retention,
            @Value("${attestkursus.privacy.retention-cron:0 15 3 * * *}") String cron,
            @Value("${attestkursus.scheduling:true}") boolean scheduling) {
        // The access log's own rows go by their age (two years), in the job's pass of their own.
        this.features = features.stream()
                .filter(f -> !(f instanceof AccessLogData))
                .sorted(Comparator.comparing(PersonalData::key))
                .toList();
        this.records = records;
        this.accessLog = accessLog;
        this.turns = turns;
        this.system = system;
        this.scope = scope;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.retention = Period.parse(retention);
        if (this.retention.isNegative() || this.retention.isZero()) {
            throw new IllegalArgumentException(
                    "attestkursus.privacy.retention must be a positive period: " + retention);
        }
        this.cron = CronExpression.parse(cron);
        this.scheduling = scheduling;
    }

    /** What one run did, in total and per municipality: items per feature key, and access log rows deleted. */
    record Result(
            Instant at, Map<MunicipalityId, Map<String, Integer>> byMunicipality, int failed, int accessLogDeleted) {

        /** Items purged per feature key, over every municipality. */
        Map<String, Integer> purged() {
            Map<String, Integer> total = new TreeMap<>();
            byMunicipality.values().forEach(counts -> counts.forEach((k, v) -> total.merge(k, v, Integer::sum)));
            return total;
        }

        /**
         * What goes to {@code job_turn.last_result}: counts only, never a name or text, e.g.
         * {@code job.municipalities=3;job.failed=0;job.accessLog=12;requests=40} (the job's own counts are
         * prefixed, as a feature may be called {@code municipalities}).
         */
        String text() {
            StringBuilder text = new StringBuilder()
                    .append("job.municipalities=")
                    .append(byMunicipality.size())
                    .append(";job.failed=")
                    .append(failed)
                    .append(";job.accessLog=")
                    .append(accessLogDeleted);
            purged().forEach((k, v) -> text.append(';').append(k).append('=').append(v));
            return text.toString();
        }
    }

    @Scheduled(cron = "${attestkursus.privacy.retention-cron:0 15 3 * * *}", zone = "Europe/Copenhagen")
    void scheduled() {
        // Another library may switch scheduling on as well, so the switch is checked here too.
        if (scheduling) {
            system.run(() -> runIfTurn(clock.instant()));
        }
    }

    /**
     * Runs the job at {@code now} if this instance takes the turn (one of several instances asking at the
     * same moment does); empty when it is not due or another instance took it. Runs as the system, outside
     * any transaction.
     */
    Optional<Result> runIfTurn(Instant now) {
        if (!turns.take(NAME, now, now.plus(TURN))) {
            return Optional.empty();
        }
        Result result = run(now);
        turns.finish(NAME, result.text());
        LOG.info("Retention at {}: {}", now, result.text());
        return Optional.of(result);
    }

    /** Purges what expired at {@code now} in every municipality with people, each in a transaction of its own. */
    private Result run(Instant now) {
        Instant followUpBefore = followUpBefore(now);
        Map<MunicipalityId, Map<String, Integer>> byMunicipality = new LinkedHashMap<>();
        int failed = 0;
        for (MunicipalityId municipality : records.municipalitiesWithPeople()) {
            try {
                Map<String, Integer> counts =
                        scope.within(municipality, () -> ownTransaction.execute(s -> counts(followUpBefore, true)));
                byMunicipality.put(municipality, counts == null ? Map.of() : counts);
            } catch (RuntimeException e) {
                // One municipality's failure rolls back its own purge only; the others go on, and the next run tries
                // again.
                failed++;
                LOG.error("Retention failed in municipality {}", municipality.value(), e);
            }
        }
        // The access log of the whole platform, the platform's own rows included, in the platform's session.
        Integer deleted = ownTransaction.execute(s -> accessLog.deleteOlderThan(accessLogBefore(now)));
        return new Result(now, byMunicipality, failed, deleted == null ? 0 : deleted);
    }

    /**
     * What every feature purges ({@code purge} true) or would purge, per feature key, in the current
     * municipality's transaction.
     */
    Map<String, Integer> counts(Instant followUpBefore, boolean purge) {
        return features.stream()
                .collect(Collectors.toMap(
                        PersonalData::key, f -> f.retention(followUpBefore, purge), Integer::sum, LinkedHashMap::new));
    }

    /** The features' keys, in the order the page lists them. */
    List<String> keys() {
        return features.stream().map(PersonalData::key).toList();
    }

    Period retention() {
        return retention;
    }

    /** Texts of runs whose last follow-up was before this are purged by a run at {@code at}. */
    Instant followUpBefore(Instant at) {
        return at.atZone(TimeConfig.ZONE).minus(retention).toInstant();
    }

    /** Access log rows from before this are deleted by a run at {@code at}. */
    static Instant accessLogBefore(Instant at) {
        return at.atZone(TimeConfig.ZONE).minus(ACCESS_LOG_KEPT).toInstant();
    }

    /**
     * When the job runs next, seen at {@code now}: the timer's first firing after now at which the job's row
     * is due ({@code next_run_at}, if it ran before).
     */
    Instant nextRun(Instant now, Optional<JobTurnStore.Turn> turn) {
        Instant from = turn.map(JobTurnStore.Turn::nextRunAt)
                .filter(due -> due.isAfter(now))
                .map(due -> due.minusSeconds(1))
                .orElse(now);
        var next = cron.next(from.atZone(TimeConfig.ZONE));
        if (next == null) {
            throw new IllegalStateException("The retention job's timer never fires");
        }
        return next.toInstant();
    }
}
