package dk.attestkursus.transfer.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Action plans ({@code action_item}) and their check-ins ({@code action_check_in}). */
@Repository
public class ActionPlanStore {

    /** A stored action with its check-ins by checkpoint name. */
    public record Item(
            long id, int position, String change, String when, Instant updatedAt, Map<String, CheckIn> checkIns) {}

    public record CheckIn(String outcome, @Nullable String obstacle, Instant answeredAt) {}

    private final JdbcClient jdbc;

    ActionPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Item> items(long accountId, long runId) {
        List<Item> items = new ArrayList<>(jdbc.sql("""
                select id, position, change_text, try_when, updated_at from action_item
                where account_id = ? and course_run_id = ? order by position""")
                .params(accountId, runId)
                .query((rs, i) -> new Item(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        new HashMap<>()))
                .list());
        for (Item item : items) {
            jdbc.sql("select checkpoint, outcome, obstacle, answered_at from action_check_in where action_item_id = ?")
                    .param(item.id())
                    .query(rs -> {
                        item.checkIns()
                                .put(
                                        rs.getString(1),
                                        new CheckIn(
                                                rs.getString(2),
                                                rs.getString(3),
                                                rs.getTimestamp(4).toInstant()));
                    });
        }
        return items;
    }

    /**
     * Replaces the plan: an action kept at its position keeps its id and check-ins when its text is
     * unchanged; a changed or removed action loses them.
     */
    public void replace(long accountId, long runId, List<String[]> changeAndWhen, Instant now) {
        List<Item> old = items(accountId, runId);
        for (Item item : old) {
            int index = item.position() - 1;
            boolean same = index < changeAndWhen.size() && changeAndWhen.get(index)[0].equals(item.change());
            if (same) {
                jdbc.sql("update action_item set try_when = ?, updated_at = ? where id = ?")
                        .params(changeAndWhen.get(index)[1], Timestamps.ts(now), item.id())
                        .update();
            } else {
                jdbc.sql("delete from action_check_in where action_item_id = ?")
                        .param(item.id())
                        .update();
                jdbc.sql("delete from action_item where id = ?")
                        .param(item.id())
                        .update();
            }
        }
        for (int i = 0; i < changeAndWhen.size(); i++) {
            int position = i + 1;
            boolean kept = old.stream()
                    .anyMatch(o -> o.position() == position
                            && o.change().equals(changeAndWhen.get(position - 1)[0]));
            if (!kept) {
                jdbc.sql("""
                        insert into action_item (account_id, course_run_id, position, change_text, try_when, updated_at)
                        values (?, ?, ?, ?, ?, ?)""")
                        .params(
                                accountId,
                                runId,
                                position,
                                changeAndWhen.get(i)[0],
                                changeAndWhen.get(i)[1],
                                Timestamps.ts(now))
                        .update();
            }
        }
    }

    /** Records how an action went at a checkpoint, replacing an earlier answer. */
    public void checkIn(long itemId, String checkpoint, String outcome, @Nullable String obstacle, Instant now) {
        int updated = jdbc.sql("""
                update action_check_in set outcome = ?, obstacle = ?, answered_at = ?
                where action_item_id = ? and checkpoint = ?""")
                .params(outcome, obstacle, Timestamps.ts(now), itemId, checkpoint)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into action_check_in (action_item_id, checkpoint, outcome, obstacle, answered_at)
                    values (?, ?, ?, ?, ?)""")
                    .params(itemId, checkpoint, outcome, obstacle, Timestamps.ts(now))
                    .update();
        }
    }
}
