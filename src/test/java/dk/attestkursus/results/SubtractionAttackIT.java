package dk.attestkursus.results;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Survey;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.SelfAssessmentService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The subtraction attack on the group rule (issue 19, decision 015): a leader (or an administrator)
 * looks at every population they can choose, and for every figure shown in two of them subtracts the
 * smaller group's sum from the larger's. When the groups differ by one person, that is the person's
 * answer. No two choosable views may differ, figure by figure, by fewer than {@value GroupRule#MIN_PEOPLE}
 * people behind it.
 */
@IntegrationTest
class SubtractionAttackIT {

    @Autowired
    ResultsService results;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    ResultsSeed seed;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CourseContent content;

    @Test
    void all_runs_minus_the_held_run_no_longer_gives_the_seventh_persons_self_assessment() {
        long leader = seed.leader("x");
        long held = seed.run("Afholdt " + leader, Instant.now().minus(70, ChronoUnit.DAYS));
        long upcoming = seed.run("Kommende " + leader, Instant.now().plus(21, ChronoUnit.DAYS));
        List<Survey.Statement> statements = statements();
        for (int i = 0; i < 6; i++) {
            seed.selfAssessment(seed.member(leader, held, true), held, "BEFORE", scores(statements, 3));
        }
        String seventh = seed.username(seed.member(leader, upcoming, false));
        Map<String, Integer> secret = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            secret.put(statements.get(i).key(), i % 2 == 0 ? 5 : 1);
        }
        fixtures.as(seventh, () -> {
            selfAssessments.submit(Phase.BEFORE, secret, null, -1);
            return null;
        });

        Map<String, Dashboard> views = leadersViews(seed.username(leader));

        assertThat(recovered(views, Phase.BEFORE))
                .as("a person's answers recovered by subtraction")
                .noneMatch(values -> values.equals(List.copyOf(
                        secret.values().stream().map(Integer::doubleValue).toList())));
        assertThat(leaks(views)).isEmpty();
    }

    @Test
    void a_run_where_one_person_answered_adds_nothing_that_could_be_subtracted() {
        long leader = seed.leader("x");
        long first = seed.run("Første " + leader, Instant.now().minus(90, ChronoUnit.DAYS));
        long second = seed.run("Andet " + leader, Instant.now().minus(60, ChronoUnit.DAYS));
        List<Survey.Statement> statements = statements();
        for (int i = 0; i < 6; i++) {
            long id = seed.member(leader, first, true);
            seed.selfAssessment(id, first, "BEFORE", scores(statements, 2));
            seed.selfAssessment(id, first, "FOLLOW_UP_1", scores(statements, 4));
        }
        for (int i = 0; i < 5; i++) {
            long id = seed.member(leader, second, true);
            seed.selfAssessment(id, second, "BEFORE", scores(statements, 2));
            if (i == 0) { // the only one of the second run who answered at the follow-up
                seed.selfAssessment(id, second, "FOLLOW_UP_1", scores(statements, 1));
            }
        }

        Map<String, Dashboard> views = leadersViews(seed.username(leader));
        TeamId team = new TeamId(seed.teamOf(leader));
        views.put("admin: team, all", fixtures.as("admin", () -> results.dashboard(team, null)));
        views.put(
                "admin: team, first run", fixtures.as("admin", () -> results.dashboard(team, new CourseRunId(first))));
        views.put(
                "admin: team, second run",
                fixtures.as("admin", () -> results.dashboard(team, new CourseRunId(second))));
        views.put(
                "admin: all teams, second run",
                fixtures.as("admin", () -> results.dashboard(null, new CourseRunId(second))));

        assertThat(leaks(views)).isEmpty();
        assertThat(views.values())
                .allSatisfy(d -> assertThat(d.selfAssessment()).allSatisfy(s -> {
                    if (s.followUp1() != null) {
                        assertThat(s.followUp1()).isEqualTo(4.0);
                    }
                }));
    }

    /** The default view and every run the leader may choose. */
    private Map<String, Dashboard> leadersViews(String leader) {
        Map<String, Dashboard> views = new LinkedHashMap<>();
        fixtures.as(leader, (Supplier<Void>) () -> {
            views.put("default", results.dashboard(null, null));
            for (var run : results.choices().runs()) {
                views.put("run " + run.id().value(), results.dashboard(null, run.id()));
            }
            return null;
        });
        assertThat(views).hasSizeGreaterThan(2);
        return views;
    }

    /**
     * Every figure (a mean and how many are behind it) shown in two views, one of which holds the other's
     * people, whose counts differ by 1-4: subtracting the smaller sum from the larger gives those few.
     */
    static List<String> leaks(Map<String, Dashboard> views) {
        List<String> leaks = new ArrayList<>();
        List<String> names = List.copyOf(views.keySet());
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                if (!nested(views.get(names.get(a)), views.get(names.get(b)))) {
                    continue;
                }
                Map<String, double[]> x = figures(views.get(names.get(a)));
                Map<String, double[]> y = figures(views.get(names.get(b)));
                for (var figure : x.entrySet()) {
                    double[] other = y.get(figure.getKey());
                    if (other == null) {
                        continue;
                    }
                    long difference = Math.abs(Math.round(figure.getValue()[1] - other[1]));
                    if (difference > 0 && difference < GroupRule.MIN_PEOPLE) {
                        double value = (figure.getValue()[0] * figure.getValue()[1] - other[0] * other[1])
                                / (figure.getValue()[1] - other[1]);
                        leaks.add(names.get(a) + " - " + names.get(b) + ", " + figure.getKey() + ": " + difference
                                + " people, recovered " + value);
                    }
                }
            }
        }
        return leaks;
    }

    /** Whether one view's people hold the other's: the same team or all teams, and the runs counted in one are in the other. */
    static boolean nested(Dashboard x, Dashboard y) {
        return holds(x, y) || holds(y, x);
    }

    private static boolean holds(Dashboard big, Dashboard small) {
        boolean team = big.scope().teamId() == null
                || big.scope().teamId().equals(small.scope().teamId());
        Set<CourseRunId> runs = counted(big);
        return team && runs.containsAll(counted(small));
    }

    private static Set<CourseRunId> counted(Dashboard d) {
        return d.runs().stream()
                .filter(r -> r.counted() > 0)
                .map(Dashboard.RunShare::runId)
                .collect(Collectors.toSet());
    }

    /** What subtracting each pair of views gives for every statement of a phase, where the counts differ. */
    static List<List<Double>> recovered(Map<String, Dashboard> views, Phase phase) {
        List<List<Double>> all = new ArrayList<>();
        for (Dashboard x : views.values()) {
            for (Dashboard y : views.values()) {
                if (!nested(x, y)) {
                    continue;
                }
                List<Double> values = new ArrayList<>();
                for (Dashboard.StatementRow statement : x.selfAssessment()) {
                    double[] fx = figures(x).get(phase + " " + statement.key());
                    double[] fy = figures(y).get(phase + " " + statement.key());
                    if (fx != null && fy != null && fx[1] > fy[1]) {
                        values.add((double) Math.round((fx[0] * fx[1] - fy[0] * fy[1]) / (fx[1] - fy[1])));
                    }
                }
                if (!values.isEmpty()) {
                    all.add(values);
                }
            }
        }
        return all;
    }

    /** The shown means of a view with the number behind each: name → [mean, count]. */
    static Map<String, double[]> figures(Dashboard d) {
        Map<String, double[]> figures = new LinkedHashMap<>();
        for (Dashboard.StatementRow s : d.selfAssessment()) {
            put(figures, Phase.BEFORE + " " + s.key(), s.before(), s.answersBefore());
            put(figures, Phase.FOLLOW_UP_1 + " " + s.key(), s.followUp1(), s.answersFollowUp1());
            put(figures, Phase.FOLLOW_UP_2 + " " + s.key(), s.followUp2(), s.answersFollowUp2());
        }
        for (Dashboard.CriterionRow q : d.quality()) {
            put(figures, "before " + q.key(), q.before(), q.scoredBefore());
            put(figures, "after " + q.key(), q.after(), q.scoredAfter());
        }
        return figures;
    }

    private static void put(Map<String, double[]> figures, String name, Double mean, int count) {
        if (mean != null) {
            figures.put(name, new double[] {mean, count});
        }
    }

    private List<Survey.Statement> statements() {
        return fixtures.as(
                "admin", () -> content.course().transfer().selfAssessment().statements());
    }

    private static Map<String, Integer> scores(List<Survey.Statement> statements, int score) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        statements.forEach(s -> scores.put(s.key(), score));
        return scores;
    }
}
