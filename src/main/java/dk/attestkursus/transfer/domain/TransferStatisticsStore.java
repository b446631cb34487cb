package dk.attestkursus.transfer.domain;

import dk.attestkursus.base.Chunks;
import dk.attestkursus.base.MunicipalJdbc;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Aggregates over self-assessments and action plans of a group of accounts (at most a chunk of ids for
 * the sums over a group; the rows per account are asked for many accounts at once, {@link Chunks#about}).
 */
@Repository
public class TransferStatisticsStore {

    public record PhaseCount(String phase, int accounts) {}

    public record StatementSum(String phase, String statement, long total, int count) {}

    /** One account's answer to a phase, or its scores of one statement in a phase. */
    public record AccountPhase(long accountId, String phase) {}

    public record AccountStatementSum(long accountId, String phase, String statement, long total, int count) {}

    public record LatestCheckIn(
            long accountId,
            long itemId,
            String checkpoint,
            String outcome,
            @Nullable String obstacle) {}

    private final MunicipalJdbc jdbc;

    TransferStatisticsStore(MunicipalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<PhaseCount> answeredPerPhase(Collection<Long> accountIds) {
        return jdbc.sql("""
                select phase, count(distinct account_id) from self_assessment
                where account_id in (:ids) and municipality_id = :municipality
                group by phase""")
                .param("ids", accountIds)
                .query((rs, n) -> new PhaseCount(rs.getString(1), rs.getInt(2)))
                .list();
    }

    /** Which of these accounts answered the phase (many at once: {@link Chunks#about}). */
    public List<Long> answered(String phase, Collection<Long> accountIds) {
        return Chunks.about(
                accountIds,
                id -> id,
                () -> jdbc.sql("""
                                select distinct account_id from self_assessment
                                where phase = :phase and municipality_id = :municipality""").param("phase", phase).query(Long.class).list(),
                ids -> jdbc.sql("""
                                select distinct account_id from self_assessment
                                where phase = :phase and account_id in (:ids) and municipality_id = :municipality""")
                        .param("phase", phase)
                        .param("ids", ids)
                        .query(Long.class)
                        .list());
    }

    public List<StatementSum> statementSums(Collection<Long> accountIds) {
        return jdbc.sql("""
                select a.phase, s.statement_key, sum(s.score), count(*) from self_assessment a
                join self_assessment_score s on s.self_assessment_id = a.id
                where a.account_id in (:ids)
                and a.municipality_id = :municipality and s.municipality_id = :municipality
                group by a.phase, s.statement_key""")
                .param("ids", accountIds)
                .query((rs, n) -> new StatementSum(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4)))
                .list();
    }

    /** Which phases each of these accounts answered, for sums per group made by the caller. */
    public List<AccountPhase> answeredPhases(Collection<Long> accountIds) {
        String sql = """
                select distinct account_id, phase from self_assessment
                where %s municipality_id = :municipality""";
        RowMapper<AccountPhase> row = (rs, n) -> new AccountPhase(rs.getLong(1), rs.getString(2));
        return Chunks.about(
                accountIds,
                AccountPhase::accountId,
                () -> jdbc.sql(sql.formatted("")).query(row).list(),
                ids -> jdbc.sql(sql.formatted("account_id in (:ids) and"))
                        .param("ids", ids)
                        .query(row)
                        .list());
    }

    /** {@link #statementSums} per account, for sums per group made by the caller. */
    public List<AccountStatementSum> statementSumsByAccount(Collection<Long> accountIds) {
        String sql = """
                select a.account_id, a.phase, s.statement_key, sum(s.score), count(*) from self_assessment a
                join self_assessment_score s on s.self_assessment_id = a.id
                where %s a.municipality_id = :municipality and s.municipality_id = :municipality
                group by a.account_id, a.phase, s.statement_key""";
        RowMapper<AccountStatementSum> row = (rs, n) ->
                new AccountStatementSum(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5));
        return Chunks.about(
                accountIds,
                AccountStatementSum::accountId,
                () -> jdbc.sql(sql.formatted("")).query(row).list(),
                ids -> jdbc.sql(sql.formatted("a.account_id in (:ids) and"))
                        .param("ids", ids)
                        .query(row)
                        .list());
    }

    /** Every check-in of these accounts' actions; the caller keeps the latest per action. */
    public List<LatestCheckIn> checkIns(Collection<Long> accountIds) {
        String sql = """
                select i.account_id, i.id, c.checkpoint, c.outcome, c.obstacle from action_item i
                join action_check_in c on c.action_item_id = i.id
                where %s i.municipality_id = :municipality and c.municipality_id = :municipality""";
        RowMapper<LatestCheckIn> row = (rs, n) ->
                new LatestCheckIn(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5));
        return Chunks.about(
                accountIds,
                LatestCheckIn::accountId,
                () -> jdbc.sql(sql.formatted("")).query(row).list(),
                ids -> jdbc.sql(sql.formatted("i.account_id in (:ids) and"))
                        .param("ids", ids)
                        .query(row)
                        .list());
    }
}
