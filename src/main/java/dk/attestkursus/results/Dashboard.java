package dk.attestkursus.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A team's (or everyone's) results. When fewer than {@link GroupRule#MIN_PEOPLE} people have a place
 * ({@link #tooFew()}), nothing about people is filled in; figures with too few people behind them
 * are {@code null} ("for få deltagere"). The extract is about the case system's counts, not people.
 *
 * @param scope   what the figures cover, for headings
 * @param people  caseworkers of the team with a place in the course (in the chosen run)
 * @param courseStart the first session of those people's runs; {@code courseEnd} the last
 */
public record Dashboard(Scope scope, int people, @Nullable Counts counts, List<ModuleRow> modules,
        List<CriterionRow> quality, List<StatementRow> selfAssessment, @Nullable Actions actions,
        List<ObstacleCount> obstacles, List<FormTrend> extractTrend, List<MonthLine> extractMonths,
        @Nullable LocalDate courseStart, @Nullable LocalDate courseEnd) {

    public Dashboard {
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

    /** Which team (null: all teams) and run (null: all the team's runs); names for headings. */
    public record Scope(@Nullable Long leaderId, @Nullable String teamName, @Nullable Long runId, @Nullable String runName) {
    }

    public record Counts(int enrolled, int attended, int prepDone, int allModules, int followUp1, int followUp2) {
    }

    public record ModuleRow(String key, String title, int completed) {
    }

    /** Mean rubric score (0-2) of the first version before and after the course; null: fewer than five. */
    public record CriterionRow(String key, String title, @Nullable Double before, int scoredBefore,
            @Nullable Double after, int scoredAfter) {

        public @Nullable Double change() {
            return before == null || after == null ? null : after - before;
        }
    }

    /** Mean self-assessment (1-5) before and at each follow-up; null: fewer than five answers. */
    public record StatementRow(String key, String text, @Nullable Double before, int answersBefore,
            @Nullable Double followUp1, int answersFollowUp1, @Nullable Double followUp2, int answersFollowUp2) {
    }

    /** The actions at their latest check-in; the counts are null when fewer than five people checked in. */
    public record Actions(int people, @Nullable Integer tried, @Nullable Integer notYet, @Nullable Integer blocked) {
    }

    public record ObstacleCount(String key, String title, int count) {
    }

    /** A form's extract before and after the course (months strictly before the first and after the last session). */
    public record FormTrend(String form, @Nullable Side before, @Nullable Side after, @Nullable String feeLabel) {
    }

    /**
     * Monthly averages over one side of the course.
     *
     * @param returnedShare returned or needing clarification, of those sent (0-1); null when none were sent
     * @param costPerMonth  null when a month has no cost and the form has no usable fee
     */
    public record Side(int months, double sentPerMonth, @Nullable Double returnedShare, @Nullable BigDecimal costPerMonth) {
    }

    /** One month of one form as uploaded (summed over teams for all teams). */
    public record MonthLine(YearMonth month, String form, long sent, long returned, @Nullable BigDecimal cost,
            boolean feeUsed) {
    }
}
