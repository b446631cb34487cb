package dk.attestkursus.results;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.LaeForm;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.TeamRun;
import dk.attestkursus.learning.ModuleCompletion;
import dk.attestkursus.practice.PracticeStatisticsService;
import dk.attestkursus.practice.PracticeTotals;
import dk.attestkursus.privacy.AccessKind;
import dk.attestkursus.privacy.AccessLog;
import dk.attestkursus.results.domain.ExtractStore;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentAccount;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.security.TeamService;
import dk.attestkursus.security.TeamSummary;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.TransferTotals;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results a leader sees of their own team (an administrator: of any team, or of all), and the
 * upload of a team's data extract. By default the results cover the runs held so far; figures about
 * people follow {@link GroupRule} block by block (decision 015); a leader asking for another team, or
 * for a run none of their team is in, is refused.
 */
@Service
@PreAuthorize(AppRoles.HAS_LEADER_OR_ADMIN)
public class ResultsService {

    /** The key of the obstacles that fit no group ("Andet"). */
    public static final String OTHER_OBSTACLES = "andet";

    private final CurrentUser currentUser;
    private final TeamService teams;
    private final CourseRunService runs;
    private final BlockFigures blockFigures;
    private final CourseContent content;
    private final ExtractStore extracts;
    private final Populations populations;
    private final AccessLog accessLog;
    private final PracticeStatisticsService practice;
    private final Clock clock;

    ResultsService(
            CurrentUser currentUser,
            TeamService teams,
            CourseRunService runs,
            BlockFigures blockFigures,
            CourseContent content,
            ExtractStore extracts,
            Populations populations,
            AccessLog accessLog,
            PracticeStatisticsService practice,
            Clock clock) {
        this.currentUser = currentUser;
        this.teams = teams;
        this.runs = runs;
        this.blockFigures = blockFigures;
        this.content = content;
        this.extracts = extracts;
        this.populations = populations;
        this.accessLog = accessLog;
        this.practice = practice;
        this.clock = clock;
    }

    /** The teams and runs the user may choose between. */
    @Transactional(readOnly = true)
    public ResultsChoices choices() {
        CurrentAccount me = currentUser.require();
        List<CourseRunSummary> choosable = allowedRuns(me).stream()
                .sorted(Comparator.comparing(CourseRunSummary::startsAt))
                .toList();
        Instant now = clock.instant();
        List<ResultsChoices.RunOption> runOptions = choosable.stream()
                .map(r -> new ResultsChoices.RunOption(
                        r.id(),
                        r.name(),
                        r.startsAt().atZone(TimeConfig.ZONE).toLocalDate(),
                        !r.endsAt().isAfter(now)))
                .toList();
        List<ResultsChoices.Option> teamOptions = visibleTeams(me).stream()
                .map(t -> new ResultsChoices.Option(t.id(), t.name()))
                .toList();
        return new ResultsChoices(me.role() == Role.ADMIN || teamOptions.size() > 1, teamOptions, runOptions);
    }

    /**
     * The dashboard of a team ({@code null}: all teams, an administrator's or the ones a leader leads) and a run
     * ({@code null}: the runs held so far). Figures about people add up whole blocks of one team on one run
     * (decision 015). The access log notes who opened which results (issue 25): figures about a group, no
     * one person.
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(@Nullable TeamId asked, @Nullable CourseRunId run) {
        CurrentAccount me = currentUser.require();
        TeamSummary team = team(me, asked);
        TeamId teamId = team == null ? null : team.id();
        String runName = run == null ? null : runName(me, run);
        accessLog.record(
                null,
                AccessKind.RESULTS_OPENED,
                "resultater, team " + (teamId == null ? "alle" : teamId.value()) + ", hold "
                        + (run == null ? "afholdte" : run.value()));
        Populations.Population population = populations.of(me, teamId, run);
        LocalDate start = day(population.firstSession());
        LocalDate end = day(population.lastSession());
        Course course = content.course();
        Map<String, FormFee> fees = fees(course);
        List<Dashboard.MonthLine> months = DashboardMath.months(extracts.totals(extractTeams(me, teamId)), fees);
        List<Dashboard.FormTrend> trends = DashboardMath.trends(months, fees, start, end);
        Dashboard.Scope scope = new Dashboard.Scope(teamId, team == null ? null : team.name(), run, runName);
        List<Populations.Block> blocks = population.counted();
        int people = population.people();
        if (!GroupRule.shows(people)) {
            return tooFewPeople(scope, population, trends, months, start, end);
        }
        BlockFigures.Sums sums = blockFigures.of(blocks);
        ModuleCompletion completion = sums.completion();
        TransferTotals totals = sums.transfer();
        Dashboard.Counts counts = new Dashboard.Counts(
                people,
                sums.attended(),
                totals.prepDone(),
                completion.allModules(),
                totals.answered(Phase.FOLLOW_UP_1),
                totals.answered(Phase.FOLLOW_UP_2));
        List<Dashboard.ModuleRow> modules = course.modules().stream()
                .map(m -> new Dashboard.ModuleRow(
                        m.key(), m.title(), completion.perModule().getOrDefault(m.key(), 0)))
                .toList();
        List<Dashboard.CriterionRow> quality =
                DashboardMath.quality(course.writing().rubric().criteria(), sums.before(), sums.after());
        return new Dashboard(
                scope,
                people,
                population.runs(),
                counts,
                modules,
                quality,
                DashboardMath.selfAssessment(course.transfer().selfAssessment(), totals.statementSums()),
                DashboardMath.actions(totals),
                DashboardMath.obstacles(
                        course.transfer().obstacleGroups(),
                        totals,
                        new Dashboard.ObstacleCount(OTHER_OBSTACLES, "", 0)),
                trends,
                months,
                start,
                end);
    }

    /**
     * "Øvelse efter kurset" (issue 27) for the same team and run choice as {@link #dashboard}: per practice
     * question, the first answers after the session and the answers when it came back, from the same blocks.
     */
    @Transactional(readOnly = true)
    public PracticeResults practice(@Nullable TeamId asked, @Nullable CourseRunId run) {
        CurrentAccount me = currentUser.require();
        TeamSummary team = team(me, asked);
        if (run != null) {
            runName(me, run);
        }
        Populations.Population population = populations.of(me, team == null ? null : team.id(), run);
        List<Populations.Block> blocks = population.counted();
        Map<AccountId, String> groupOf = new HashMap<>();
        blocks.forEach(b -> b.people().forEach(p -> groupOf.put(p, PracticeFigures.key(b))));
        Map<String, PracticeTotals> totals = groupOf.isEmpty() ? Map.of() : practice.byGroup(groupOf);
        return PracticeFigures.of(
                population.people(), content.course().practice().items(), blocks, totals);
    }

    /** Too few people to show figures about them: the scope, the runs and the extract only. */
    private static Dashboard tooFewPeople(
            Dashboard.Scope scope,
            Populations.Population population,
            List<Dashboard.FormTrend> trends,
            List<Dashboard.MonthLine> months,
            @Nullable LocalDate start,
            @Nullable LocalDate end) {
        return new Dashboard(
                scope,
                population.people(),
                population.runs(),
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                trends,
                months,
                start,
                end);
    }

    /** Checks an extract for a team without storing anything. */
    @Transactional(readOnly = true)
    public ExtractPreview previewExtract(@Nullable TeamId asked, byte[] file) {
        TeamId team = extractTeam(asked);
        ExtractCsv.Result result = parse(file);
        if (!result.ok()) {
            return new ExtractPreview(result.problems(), 0, 0);
        }
        return new ExtractPreview(List.of(), result.rows().size(), extracts.existing(team.value(), result.rows()));
    }

    /** Stores an extract for a team, all lines or none; lines for a month and form already stored are replaced. */
    @Transactional
    public int importExtract(@Nullable TeamId asked, byte[] file) {
        TeamId team = extractTeam(asked);
        ExtractCsv.Result result = parse(file);
        if (!result.ok()) {
            throw new ResultsRefusedException(
                    ResultsRefusedException.Reason.BAD_FILE, result.problems().size() + " problems");
        }
        extracts.replace(team.value(), result.rows(), currentUser.require().id().value(), Instant.now(clock));
        return result.rows().size();
    }

    /** Deletes a team's whole extract (every month and form), e.g. to start over; returns the lines deleted. */
    @Transactional
    public int deleteExtract(@Nullable TeamId asked) {
        return extracts.clear(extractTeam(asked).value());
    }

    private ExtractCsv.Result parse(byte[] file) {
        Set<String> forms =
                content.course().forms().stream().map(LaeForm::number).collect(Collectors.toSet());
        return ExtractCsv.parse(file, forms, YearMonth.now(clock.withZone(TimeConfig.ZONE)));
    }

    private TeamId extractTeam(@Nullable TeamId asked) {
        TeamSummary team = team(currentUser.require(), asked);
        if (team == null) {
            throw new ResultsRefusedException(ResultsRefusedException.Reason.NO_TEAM, "an extract needs a team");
        }
        return team.id();
    }

    /**
     * The team asked for, if the user may see it: any of the municipality's for an administrator, one they
     * lead for a leader ("not your team" otherwise, also for an id of no team). Without one asked: none
     * (all teams), except for a leader of exactly one team, whose team it is.
     */
    private @Nullable TeamSummary team(CurrentAccount me, @Nullable TeamId asked) {
        List<TeamSummary> visible = visibleTeams(me);
        if (asked == null) {
            return me.role() != Role.ADMIN && visible.size() == 1 ? visible.getFirst() : null;
        }
        return visible.stream()
                .filter(t -> t.id().equals(asked))
                .findFirst()
                .orElseThrow(() -> new ResultsRefusedException(
                        me.role() == Role.ADMIN
                                ? ResultsRefusedException.Reason.NO_SUCH_TEAM
                                : ResultsRefusedException.Reason.NOT_YOUR_TEAM,
                        "team " + asked.value()));
    }

    /** The teams an extract total covers: one; all of the municipality's (null) for an administrator; a leader's. */
    private @Nullable List<Long> extractTeams(CurrentAccount me, @Nullable TeamId team) {
        if (team != null) {
            return List.of(team.value());
        }
        return me.role() == Role.ADMIN
                ? null
                : visibleTeams(me).stream().map(t -> t.id().value()).toList();
    }

    private List<TeamSummary> visibleTeams(CurrentAccount me) {
        return me.role() == Role.ADMIN ? teams.teams() : teams.myTeams();
    }

    private String runName(CurrentAccount me, CourseRunId run) {
        return allowedRuns(me).stream()
                .filter(r -> r.id().equals(run))
                .map(CourseRunSummary::name)
                .findFirst()
                .orElseThrow(() -> new ResultsRefusedException(
                        me.role() == Role.ADMIN
                                ? ResultsRefusedException.Reason.NO_SUCH_RUN
                                : ResultsRefusedException.Reason.NOT_YOUR_RUN,
                        "run " + run.value()));
    }

    /** Every run for an administrator; a leader's team's runs for a leader. */
    private List<CourseRunSummary> allowedRuns(CurrentAccount me) {
        return me.role() == Role.ADMIN
                ? runs.allRuns()
                : runs.myTeamRuns().stream().map(TeamRun::run).toList();
    }

    private static Map<String, FormFee> fees(Course course) {
        Map<String, FormFee> fees = new HashMap<>();
        for (LaeForm form : course.forms()) {
            FormFee fee = FormFee.parse(form.fee());
            if (fee != null) {
                fees.put(form.number(), fee);
            }
        }
        return fees;
    }

    private static @Nullable LocalDate day(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(TimeConfig.ZONE).toLocalDate();
    }
}
