package dk.attestkursus.transfer.domain;

import dk.attestkursus.base.MunicipalJdbc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Action plans ({@code action_item}) and their check-ins ({@code action_check_in}). */
@Repository
public class ActionPlanStore {

    /** A stored action with its check-ins by checkpoint name. */
    public record Item(
            long id, int position, String change, String when, Instant updatedAt, Map<String, CheckIn> checkIns) {}

    public record CheckIn(String outcome, @Nullable String obstacle, Instant answeredAt) {}

    private final MunicipalJdbc jdbc;

    ActionPlanStore(MunicipalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<Item> items(long accountId, long runId) {
        List<Item> items = new ArrayList<>(jdbc.sql("""
                select id, position, change_text, try_when, updated_at from action_item
                where account_id = :account and course_run_id = :run and municipality_id = :municipality
                order by position""")
                .param("account", accountId)
                .param("run", runId)
                .query((rs, i) -> new Item(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        new HashMap<>()))
                .list());
        for (Item item : items) {
            jdbc.sql("""
                    select checkpoint, outcome, obstacle, answered_at from action_check_in
                    where action_item_id = :item and municipality_id = :municipality""").param("item", item.id()).query(rs -> {
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

    /** How many actions a person of the run planned, and how many of them are checked in at each checkpoint. */
    public record RunCheckIns(int actions, Map<String, Integer> checkedIn) {}

    /** Per account of the run that has a plan: its actions and check-ins counted (for the instructors' reminders). */
    public Map<Long, RunCheckIns> checkInsOfRun(long runId) {
        Map<Long, RunCheckIns> result = new HashMap<>();
        jdbc.sql("""
                select account_id, count(*) from action_item
                where course_run_id = :run and municipality_id = :municipality
                group by account_id""").param("run", runId).query(rs -> {
            result.put(rs.getLong(1), new RunCheckIns(rs.getInt(2), new HashMap<>()));
        });
        jdbc.sql("""
                select i.account_id, c.checkpoint, count(*) from action_item i
                join action_check_in c on c.action_item_id = i.id
                where i.course_run_id = :run
                and i.municipality_id = :municipality and c.municipality_id = :municipality
                group by i.account_id, c.checkpoint""").param("run", runId).query(rs -> {
            RunCheckIns plan = result.get(rs.getLong(1));
            if (plan != null) {
                plan.checkedIn().put(rs.getString(2), rs.getInt(3));
            }
        });
        return result;
    }

    /** One of a person's actions with its run (for their export, issue 25). */
    public record Owned(long run, Item item) {}

    /** Every action of the person in any run, with its check-ins. */
    public List<Owned> ofAccount(long accountId) {
        List<Long> runs =
                jdbc.sql("""
                select distinct course_run_id from action_item
                where account_id = :account and municipality_id = :municipality order by course_run_id""").param("account", accountId).query(Long.class).list();
        List<Owned> owned = new ArrayList<>();
        for (long run : runs) {
            items(accountId, run).forEach(item -> owned.add(new Owned(run, item)));
        }
        return owned;
    }

    /** A check-in's obstacle, where it is. */
    public record Obstacle(long itemId, String checkpoint, String text) {}

    /** The obstacles named in the person's check-ins. */
    public List<Obstacle> obstaclesOf(long accountId) {
        return jdbc.sql("""
                select c.action_item_id, c.checkpoint, c.obstacle from action_check_in c
                join action_item i on i.id = c.action_item_id
                where i.account_id = :account and c.obstacle is not null
                and i.municipality_id = :municipality and c.municipality_id = :municipality""")
                .param("account", accountId)
                .query((rs, n) -> new Obstacle(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The obstacles named in check-ins of the runs' actions (at most a chunk of run ids). */
    public List<Obstacle> obstaclesOfRuns(Collection<Long> runIds) {
        return jdbc.sql("""
                select c.action_item_id, c.checkpoint, c.obstacle from action_check_in c
                join action_item i on i.id = c.action_item_id
                where i.course_run_id in (:runs) and c.obstacle is not null
                and i.municipality_id = :municipality and c.municipality_id = :municipality""")
                .param("runs", runIds)
                .query((rs, n) -> new Obstacle(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Replaces a check-in's obstacle text; its outcome and when stay. */
    public void replaceObstacle(long itemId, String checkpoint, String text) {
        jdbc.sql("""
                update action_check_in set obstacle = :text
                where action_item_id = :item and checkpoint = :checkpoint and municipality_id = :municipality""")
                .param("text", text)
                .param("item", itemId)
                .param("checkpoint", checkpoint)
                .update();
    }

    /** Empties the texts of the person's actions; the actions and their check-ins stay. How many changed. */
    public int blankTexts(long accountId) {
        return jdbc.sql("""
                update action_item set change_text = '', try_when = ''
                where account_id = :account and (change_text <> '' or try_when <> '')
                and municipality_id = :municipality""").param("account", accountId).update();
    }

    /** How many actions of the runs (at most a chunk of run ids) still have texts. */
    public int countTextsOfRuns(Collection<Long> runIds) {
        return jdbc.sql("""
                select count(*) from action_item
                where course_run_id in (:runs) and (change_text <> '' or try_when <> '')
                and municipality_id = :municipality""").param("runs", runIds).query(Integer.class).single();
    }

    /** Empties the texts of the runs' actions (at most a chunk of run ids). How many changed. */
    public int blankTextsOfRuns(Collection<Long> runIds) {
        return jdbc.sql("""
                update action_item set change_text = '', try_when = ''
                where course_run_id in (:runs) and (change_text <> '' or try_when <> '')
                and municipality_id = :municipality""").param("runs", runIds).update();
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
                jdbc.sql("""
                        update action_item set try_when = :when, updated_at = :updated
                        where id = :item and municipality_id = :municipality""")
                        .param("when", changeAndWhen.get(index)[1])
                        .param("updated", Timestamps.ts(now))
                        .param("item", item.id())
                        .update();
            } else {
                jdbc.sql("""
                        delete from action_check_in
                        where action_item_id = :item and municipality_id = :municipality""").param("item", item.id()).update();
                jdbc.sql("delete from action_item where id = :item and municipality_id = :municipality")
                        .param("item", item.id())
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
                        insert into action_item
                            (account_id, course_run_id, position, change_text, try_when, updated_at, municipality_id)
                        values (:account, :run, :position, :change, :when, :updated, :municipality)""")
                        .param("account", accountId)
                        .param("run", runId)
                        .param("position", position)
                        .param("change", changeAndWhen.get(i)[0])
                        .param("when", changeAndWhen.get(i)[1])
                        .param("updated", Timestamps.ts(now))
                        .update();
            }
        }
    }

    /** Records how an action went at a checkpoint, replacing an earlier answer. */
    public void checkIn(long itemId, String checkpoint, String outcome, @Nullable String obstacle, Instant now) {
        int updated = jdbc.sql("""
                update action_check_in set outcome = :outcome, obstacle = :obstacle, answered_at = :answered
                where action_item_id = :item and checkpoint = :checkpoint and municipality_id = :municipality""")
                .param("outcome", outcome)
                .param("obstacle", obstacle)
                .param("answered", Timestamps.ts(now))
                .param("item", itemId)
                .param("checkpoint", checkpoint)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into action_check_in
                        (action_item_id, checkpoint, outcome, obstacle, answered_at, municipality_id)
                    values (:item, :checkpoint, :outcome, :obstacle, :answered, :municipality)""")
                    .param("item", itemId)
                    .param("checkpoint", checkpoint)
                    .param("outcome", outcome)
                    .param("obstacle", obstacle)
                    .param("answered", Timestamps.ts(now))
                    .update();
        }
    }
}
