package dk.attestkursus.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.PracticeItem;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.TestClock;
import dk.attestkursus.testsupport.Unique;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of issue 27: a fixed clock walks a run of 30 participants through 12 weeks after the
 * session, the planner asking at 9.00, 13.00 and 16.30 every day; each participant answers most questions
 * on the start page, some wrongly, some not at all (a seeded random, so the run is the same every time).
 * Printed (and written to {@code target/practice-simulation.txt}): the mails each person got, their spread
 * over the weeks, and how many questions came back after a wrong answer. Claims: nobody gets more than one
 * practice mail a day or two a week; everybody gets every practice day's question; every wrong answer
 * before the last day brings its question back at the next one.
 */
@IntegrationTest
class PracticeSimulationIT {

    static final int PEOPLE = 30;
    static final int WEEKS = 12;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PracticePlanner planner;

    @Autowired
    PracticeService practice;

    @Autowired
    CourseContent content;

    @Autowired
    SystemUser system;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The course as the platform reads it (the content is for logged-in users and the system). */
    dk.attestkursus.content.Course course() {
        return system.call(() -> content.course());
    }

    @Test
    void twelve_weeks_of_practice_for_thirty_participants() throws IOException {
        LocalDate session = PracticeIT.sessionDay();
        CourseRunId run = fixtures.run(
                "Simuleret hold " + Unique.tag(),
                session.atTime(9, 0).atZone(TimeConfig.ZONE).toInstant());
        Random random = new Random(27);
        List<String> people = new ArrayList<>();
        Map<String, Double> skill = new LinkedHashMap<>();
        for (int i = 0; i < PEOPLE; i++) {
            String username = fixtures.account("sim", Role.PARTICIPANT);
            fixtures.enrol(run, username, EnrolmentRole.PARTICIPANT);
            people.add(username);
            skill.put(username, 0.4 + 0.5 * random.nextDouble());
        }
        int wrongBeforeLast = 0;
        int steps = course().practice().daysAfterSession().size();
        for (int day = 0; day < WEEKS * 7; day++) {
            for (LocalTime time : List.of(LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(16, 30))) {
                Instant now = session.plusDays(day)
                        .atTime(time)
                        .atZone(TimeConfig.ZONE)
                        .toInstant();
                clock.set(now);
                if (system.call(() -> planner.planRun(run, now)) == 0) {
                    continue;
                }
                for (String person : people) {
                    PracticeOverview mine = fixtures.as(person, () -> practice.mine());
                    PracticeQuestion waiting = mine.pending();
                    if (waiting == null || random.nextDouble() < 0.15) {
                        continue; // some questions are never answered
                    }
                    PracticeItem item =
                            course().practice().item(waiting.itemId()).orElseThrow();
                    boolean right = random.nextDouble() < skill.get(person);
                    String key = item.options().stream()
                            .filter(o -> o.judgement().counts() == right)
                            .findFirst()
                            .orElseThrow()
                            .key();
                    fixtures.as(person, () -> practice.answerMine(waiting.promptId(), key));
                    if (!right && mine.asked() < steps) {
                        wrongBeforeLast++;
                    }
                }
            }
        }

        StringBuilder report = new StringBuilder("== Practice simulation (issue 27)\n");
        report.append("run of ")
                .append(PEOPLE)
                .append(" participants, session ")
                .append(session)
                .append(", ")
                .append(WEEKS)
                .append(" weeks, practice days ")
                .append(course().practice().daysAfterSession())
                .append(", planner at 9.00, 13.00 and 16.30\n");
        Map<Integer, Integer> perWeek = new TreeMap<>();
        Map<Integer, Integer> mailsPerPerson = new TreeMap<>();
        int comebacks = 0;
        int maxPerDay = 0;
        int maxPerWeek = 0;
        for (String person : people) {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select step, item_key, correct, due_at from practice_prompt where course_run_id = ? and"
                            + " account_id = ? order by step",
                    run.value(),
                    fixtures.id(person));
            assertThat(rows).as(person + " got every practice day's question").hasSize(steps);
            List<Leitner.Asked> asked = rows.stream()
                    .map(r ->
                            new Leitner.Asked(((Number) r.get("step")).intValue(), (String) r.get("item_key"), (Boolean)
                                    r.get("correct")))
                    .toList();
            comebacks +=
                    (int) asked.stream().filter(a -> Leitner.cameBack(asked, a)).count();
            List<LocalDate> days = jdbc
                    .queryForList(
                            "select m.created_at from mail_message m where m.topic = ? and m.recipient_email = ?",
                            java.sql.Timestamp.class,
                            "run-" + run.value() + "/oevelse",
                            person + "@example.dk")
                    .stream()
                    .map(t -> t.toInstant().atZone(TimeConfig.ZONE).toLocalDate())
                    .toList();
            mailsPerPerson.merge(days.size(), 1, Integer::sum);
            for (LocalDate d : days) {
                perWeek.merge((int) (d.toEpochDay() - session.toEpochDay()) / 7 + 1, 1, Integer::sum);
                maxPerDay = Math.max(
                        maxPerDay, (int) days.stream().filter(d::equals).count());
                maxPerWeek = Math.max(maxPerWeek, (int) days.stream()
                        .filter(o ->
                                o.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                                        && o.getYear() == d.getYear())
                        .count());
            }
        }
        report.append("mails per person: ");
        mailsPerPerson.forEach((mails, n) ->
                report.append(n).append(" people got ").append(mails).append("; "));
        report.append("\nmails per week after the session:");
        for (int week = 1; week <= WEEKS; week++) {
            report.append(" w").append(week).append("=").append(perWeek.getOrDefault(week, 0));
        }
        report.append("\nmost practice mails to one person in a day: ")
                .append(maxPerDay)
                .append(", in a week: ")
                .append(maxPerWeek)
                .append("\nquestions that came back after a wrong answer: ")
                .append(comebacks)
                .append(" (wrong answers before the last practice day: ")
                .append(wrongBeforeLast)
                .append(")\n");
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/practice-simulation.txt"), report);

        assertThat(mailsPerPerson).containsOnlyKeys(steps);
        assertThat(maxPerDay).isEqualTo(1);
        assertThat(maxPerWeek).isLessThanOrEqualTo(PracticeSchedule.MAX_PER_WEEK);
        assertThat(comebacks).isEqualTo(wrongBeforeLast).isPositive();
        assertThat(perWeek.keySet()).allMatch(week -> week <= 7);
    }
}
