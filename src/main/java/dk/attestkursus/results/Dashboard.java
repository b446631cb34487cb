package dk.attestkursus.results;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.security.TeamId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A team's (or everyone's) results. Figures about people add up blocks, each block one team's
 * caseworkers on one run, and only blocks and parts of blocks with at least {@link GroupRule#MIN_PEOPLE}
 * people behind them (decision 015). When no block counts ({@link #tooFew()}), nothing about people is
 * filled in; figures with too few people behind them are {@code null} ("for få deltagere"). The
 * extract is about the case system's counts, not people.
 *
 * @param scope   what the figures cover, for headings
 * @param people  caseworkers the figures about people count (in blocks of at least five)
 * @param runs    the runs of the view (by default those held), and the runs left out, with how many each
 * @param courseStart the first session of the view's runs; {@code courseEnd} the last
 */
public record Dashboard(
        Scope scope,
        int people,
        List<RunShare> runs,
        @Nullable Counts counts,
        List<ModuleRow> modules,
        List<CriterionRow> quality,
        List<StatementRow> selfAssessment,
        @Nullable Actions actions,
        List<ObstacleCount> obstacles,
        List<FormTrend> extractTrend,
        List<MonthLine> extractMonths,
        @Nullable LocalDate courseStart,
        @Nullable LocalDate courseEnd) {

    public Dashboard {
        runs = List.copyOf(runs);
        modules = List.copyOf(modules);
        quality = List.copyOf(quality);
        selfAssessment = List.copyOf(selfAssessment);
        obstacles = List.copyOf(obstacles);
        extractTrend = List.copyOf(extractTrend);
        extractMonths = List.copyOf(extractMonths);
    }

    public boolean tooFew() {
        return !GroupRule.shows(people);
    }

    /** Which team (null: all teams) and run (null: the runs that have been held); names for headings. */
    public record Scope(
            @Nullable TeamId teamId,
            @Nullable String teamName,
            @Nullable CourseRunId runId,
            @Nullable String runName) {}

    /**
     * A run and the view: how many of the team (of everyone, for all teams) have a place on it, and how
     * many of them the figures count. A run not held yet is left out of the default view; a team with
     * fewer than five on the run is left out of every view.
     */
    public record RunShare(CourseRunId runId, String name, LocalDate day, boolean held, int people, int counted) {}

    public record Counts(int enrolled, int attended, int prepDone, int allModules, int followUp1, int followUp2) {}

    public record ModuleRow(String key, String title, int completed) {}

    /** Mean rubric score (0-2) of the first version before and after the course; null: fewer than five. */
    public record CriterionRow(
            String key,
            String title,
            @Nullable Double before,
            int scoredBefore,
            @Nullable Double after,
            int scoredAfter) {

        public @Nullable Double change() {
            return before == null || after == null ? null : after - before;
        }
    }

    /** Mean self-assessment (1-5) before and at each follow-up; null: fewer than five answers. */
    public record StatementRow(
            String key,
            String text,
            @Nullable Double before,
            int answersBefore,
            @Nullable Double followUp1,
            int answersFollowUp1,
            @Nullable Double followUp2,
            int answersFollowUp2) {}

    /** The actions at their latest check-in; the counts are null when fewer than five people checked in. */
    public record Actions(
            int people,
            @Nullable Integer tried,
            @Nullable Integer notYet,
            @Nullable Integer blocked) {}

    public record ObstacleCount(String key, String title, int count) {}

    /** A form's extract before and after the course (months strictly before the first and after the last session). */
    public record FormTrend(
            String form,
            @Nullable Side before,
            @Nullable Side after,
            @Nullable String feeLabel) {}

    /**
     * Monthly averages over one side of the course.
     *
     * @param returnedShare returned or needing clarification, of those sent (0-1); null when none were sent
     * @param costPerMonth  null when a month has no cost and the form has no usable fee
     */
    public record Side(
            int months,
            double sentPerMonth,
            @Nullable Double returnedShare,
            @Nullable BigDecimal costPerMonth) {}

    /** One month of one form as uploaded (summed over teams for all teams). */
    public record MonthLine(
            YearMonth month,
            String form,
            long sent,
            long returned,
            @Nullable BigDecimal cost,
            boolean feeUsed) {}
}
