package dk.attestkursus.transfer.domain;

import dk.attestkursus.base.MunicipalJdbc;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Aggregates over self-assessments and action plans of a group of accounts (at most a chunk of ids). */
@Repository
public class TransferStatisticsStore {

    public record PhaseCount(String phase, int accounts) {}

    public record StatementSum(String phase, String statement, long total, int count) {}

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

    public List<Long> answered(String phase, Collection<Long> accountIds) {
        return jdbc.sql("""
                select distinct account_id from self_assessment
                where phase = :phase and account_id in (:ids) and municipality_id = :municipality""")
                .param("phase", phase)
                .param("ids", accountIds)
                .query(Long.class)
                .list();
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

    /** Every check-in of these accounts' actions; the caller keeps the latest per action. */
    public List<LatestCheckIn> checkIns(Collection<Long> accountIds) {
        return jdbc.sql("""
                select i.account_id, i.id, c.checkpoint, c.outcome, c.obstacle from action_item i
                join action_check_in c on c.action_item_id = i.id
                where i.account_id in (:ids)
                and i.municipality_id = :municipality and c.municipality_id = :municipality""")
                .param("ids", accountIds)
                .query((rs, n) -> new LatestCheckIn(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }
}
