package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V18 turns each leader's team of today into a named team (issue 21): the caseworkers whose leader was X
 * are in one team led by X, named after the team text they share (or "Team X"); caseworkers with a team
 * text and no leader get a team without a leader; a data extract moves from the leader to their team.
 */
class TeamsMigrationTest {

    @Test
    void every_leaders_team_and_extract_becomes_a_named_team() throws SQLException {
        String url = "jdbc:h2:mem:teams_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        migrate(url, "17");
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement sql = db.createStatement()) {
            account(sql, 1, "lene", "Lene Leder", "LEADER", null, null);
            account(sql, 2, "lars", "Lene Leder", "LEADER", null, null);
            account(sql, 3, "a1", "A1", "PARTICIPANT", 1L, "Team Nord");
            account(sql, 4, "a2", "A2", "PARTICIPANT", 1L, "Team Nord");
            account(sql, 5, "a3", "A3", "PARTICIPANT", 2L, null);
            account(sql, 6, "a4", "A4", "PARTICIPANT", null, "Visitationen");
            account(sql, 7, "lis", "Lene Leder", "LEADER", null, null); // the same name: team names must differ
            account(sql, 8, "a5", "A5", "PARTICIPANT", 7L, null);
            sql.executeUpdate("insert into data_extract_row (municipality_id, leader_id, month_start, form, sent,"
                    + " returned, uploaded_by, uploaded_at) values (1, 2, date '2026-01-01', 'LÆ 265', 10, 1, 2,"
                    + " current_timestamp)");
        }

        migrate(url, null);

        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement sql = db.createStatement()) {
            Map<String, String> teamOf = new LinkedHashMap<>();
            try (ResultSet rs = sql.executeQuery(
                    "select a.username, t.name from account a left join team t on t.id = a.team_id order by a.id")) {
                while (rs.next()) {
                    teamOf.put(rs.getString(1), rs.getString(2));
                }
            }
            assertThat(teamOf)
                    .containsEntry("a1", "Team Nord")
                    .containsEntry("a2", "Team Nord")
                    .containsEntry("a3", "Team Lene Leder")
                    .containsEntry("a4", "Visitationen")
                    .containsEntry("a5", "Team Lene Leder (7)")
                    .containsEntry("lene", null);
            assertThat(single(
                            sql,
                            "select t.name from team t join team_leader l on l.team_id = t.id"
                                    + " where l.leader_id = 1"))
                    .isEqualTo("Team Nord");
            assertThat(single(
                            sql,
                            "select count(*) from team_leader l join team t on t.id = l.team_id"
                                    + " where t.name = 'Visitationen'"))
                    .isEqualTo("0");
            assertThat(single(sql, "select t.name from data_extract_row d join team t on t.id = d.team_id"))
                    .isEqualTo("Team Lene Leder");
        }
    }

    private static void migrate(String url, String target) {
        var config = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration");
        (target == null ? config : config.target(target)).load().migrate();
    }

    private static void account(
            Statement sql, long id, String username, String name, String role, Long leader, String team)
            throws SQLException {
        sql.executeUpdate("insert into account (municipality_id, id, username, email, display_name, password_hash,"
                + " role, leader_id, team, created_at) values (1, " + id + ", '" + username + "', '" + username
                + "@example.dk', '" + name + "', 'x', '" + role + "', " + leader + ", "
                + (team == null ? "null" : "'" + team + "'") + ", current_timestamp)");
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
