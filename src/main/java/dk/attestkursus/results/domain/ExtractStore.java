package dk.attestkursus.results.domain;

import dk.attestkursus.base.MunicipalJdbc;
import dk.attestkursus.results.ExtractRow;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The uploaded data extracts ({@code data_extract_row}). */
@Repository
public class ExtractStore {

    /** A month of a form summed over the teams asked for; {@code sentWithoutCost}: sent in rows with no cost. */
    public record MonthTotal(
            YearMonth month, String form, long sent, long returned, BigDecimal cost, long sentWithoutCost) {}

    private final MunicipalJdbc jdbc;

    ExtractStore(MunicipalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** How many of these months and forms the team already has (they will be replaced). */
    public int existing(long teamId, Collection<ExtractRow> rows) {
        int n = 0;
        for (ExtractRow row : rows) {
            n += jdbc.sql("""
                            select count(*) from data_extract_row
                            where team_id = :team and month_start = :month and form = :form
                                and municipality_id = :municipality""")
                    .param("team", teamId)
                    .param("month", Date.valueOf(row.month().atDay(1)))
                    .param("form", row.form())
                    .query(Integer.class)
                    .single();
        }
        return n;
    }

    /** Replaces the team's rows for these months and forms; the caller's transaction makes it all or nothing. */
    public void replace(long teamId, Collection<ExtractRow> rows, long by, Instant now) {
        for (ExtractRow row : rows) {
            Date month = Date.valueOf(row.month().atDay(1));
            jdbc.sql("""
                    delete from data_extract_row
                    where team_id = :team and month_start = :month and form = :form
                        and municipality_id = :municipality""")
                    .param("team", teamId)
                    .param("month", month)
                    .param("form", row.form())
                    .update();
            jdbc.sql("""
                    insert into data_extract_row (team_id, month_start, form, sent, returned, cost, uploaded_by,
                        uploaded_at, municipality_id)
                    values (:team, :month, :form, :sent, :returned, :cost, :by, :at, :municipality)""")
                    .param("team", teamId)
                    .param("month", month)
                    .param("form", row.form())
                    .param("sent", row.sent())
                    .param("returned", row.returned())
                    .param("cost", row.cost())
                    .param("by", by)
                    .param("at", Timestamp.from(now))
                    .update();
        }
    }

    /** Month totals per form, for these teams, or for all teams when {@code teamIds} is null. */
    public List<MonthTotal> totals(@Nullable List<Long> teamIds) {
        if (teamIds != null && teamIds.isEmpty()) {
            return List.of();
        }
        String where = " where municipality_id = :municipality" + (teamIds == null ? "" : " and team_id in (:teams)");
        var spec = jdbc.sql("""
                select month_start, form, sum(sent), sum(returned), coalesce(sum(cost), 0),
                       sum(case when cost is null then sent else 0 end)
                from data_extract_row""" + where + " group by month_start, form order by month_start, form");
        if (teamIds != null) {
            spec = spec.param("teams", teamIds);
        }
        return spec.query((rs, n) -> new MonthTotal(
                        YearMonth.from(rs.getDate(1).toLocalDate()),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getBigDecimal(5),
                        rs.getLong(6)))
                .list();
    }

    /** Deletes a team's extract (all months), e.g. to start over. */
    public int clear(long teamId) {
        return jdbc.sql("delete from data_extract_row where team_id = :team and municipality_id = :municipality")
                .param("team", teamId)
                .update();
    }

    /** A row an account uploaded (issue 25): which team, month and form, the figures, when. */
    public record UploadedRow(
            long teamId,
            YearMonth month,
            String form,
            int sent,
            int returned,
            @Nullable BigDecimal cost,
            Instant uploadedAt) {}

    /** The rows an account uploaded, in the current municipality (issue 25). */
    public List<UploadedRow> uploadedBy(long accountId) {
        return jdbc.sql("""
                        select team_id, month_start, form, sent, returned, cost, uploaded_at from data_extract_row
                        where uploaded_by = :by and municipality_id = :municipality
                        order by uploaded_at, month_start, form""")
                .param("by", accountId)
                .query((rs, n) -> new UploadedRow(
                        rs.getLong(1),
                        YearMonth.from(rs.getDate(2).toLocalDate()),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getBigDecimal(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }
}
