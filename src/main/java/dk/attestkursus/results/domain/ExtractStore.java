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
    public int existing(long leaderId, Collection<ExtractRow> rows) {
        int n = 0;
        for (ExtractRow row : rows) {
            n += jdbc.sql("""
                            select count(*) from data_extract_row
                            where leader_id = :leader and month_start = :month and form = :form
                                and municipality_id = :municipality""")
                    .param("leader", leaderId)
                    .param("month", Date.valueOf(row.month().atDay(1)))
                    .param("form", row.form())
                    .query(Integer.class)
                    .single();
        }
        return n;
    }

    /** Replaces the team's rows for these months and forms; the caller's transaction makes it all or nothing. */
    public void replace(long leaderId, Collection<ExtractRow> rows, long by, Instant now) {
        for (ExtractRow row : rows) {
            Date month = Date.valueOf(row.month().atDay(1));
            jdbc.sql("""
                    delete from data_extract_row
                    where leader_id = :leader and month_start = :month and form = :form
                        and municipality_id = :municipality""")
                    .param("leader", leaderId)
                    .param("month", month)
                    .param("form", row.form())
                    .update();
            jdbc.sql("""
                    insert into data_extract_row (leader_id, month_start, form, sent, returned, cost, uploaded_by,
                        uploaded_at, municipality_id)
                    values (:leader, :month, :form, :sent, :returned, :cost, :by, :at, :municipality)""")
                    .param("leader", leaderId)
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

    /** Month totals per form, for one team, or for all teams when {@code leaderId} is null. */
    public List<MonthTotal> totals(@Nullable Long leaderId) {
        String where = " where municipality_id = :municipality" + (leaderId == null ? "" : " and leader_id = :leader");
        var spec = jdbc.sql("""
                select month_start, form, sum(sent), sum(returned), coalesce(sum(cost), 0),
                       sum(case when cost is null then sent else 0 end)
                from data_extract_row""" + where + " group by month_start, form order by month_start, form");
        if (leaderId != null) {
            spec = spec.param("leader", leaderId);
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
    public int clear(long leaderId) {
        return jdbc.sql("delete from data_extract_row where leader_id = :leader and municipality_id = :municipality")
                .param("leader", leaderId)
                .update();
    }
}
