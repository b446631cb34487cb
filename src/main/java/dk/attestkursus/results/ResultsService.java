package dk.attestkursus.results;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.LaeForm;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.ParticipationService;
import dk.attestkursus.courserun.TeamRun;
import dk.attestkursus.learning.LearningStatisticsService;
import dk.attestkursus.learning.ModuleCompletion;
import dk.attestkursus.requests.RubricStatisticsService;
import dk.attestkursus.requests.RubricTotals;
import dk.attestkursus.results.domain.ExtractStore;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentAccount;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.Role;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.TransferStatisticsService;
import dk.attestkursus.transfer.TransferTotals;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
    private final AccountService accounts;
    private final CourseRunService runs;
    private final ParticipationService participation;
    private final LearningStatisticsService learning;
    private final RubricStatisticsService rubric;
    private final TransferStatisticsService transfer;
    private final CourseContent content;
    private final ExtractStore extracts;
    private final Populations populations;
    private final Clock clock;

    ResultsService(
            CurrentUser currentUser,
            AccountService accounts,
            CourseRunService runs,
            ParticipationService participation,
            LearningStatisticsService learning,
            RubricStatisticsService rubric,
            TransferStatisticsService transfer,
            CourseContent content,
            ExtractStore extracts,
            Populations populations,
            Clock clock) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.runs = runs;
        this.participation = participation;
        this.learning = learning;
        this.rubric = rubric;
        this.transfer = transfer;
        this.content = content;
        this.extracts = extracts;
        this.populations = populations;
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
        if (me.role() == Role.ADMIN) {
            return new ResultsChoices(
                    true,
                    accounts.leaders().stream()
                            .map(a -> new ResultsChoices.Option(a.id(), a.displayName()))
                            .toList(),
                    runOptions);
        }
        return new ResultsChoices(false, List.of(new ResultsChoices.Option(me.id(), me.displayName())), runOptions);
    }

    /**
     * The dashboard of a team ({@code null}: the leader's own; for an administrator all teams) and a run
     * ({@code null}: the runs held so far). Figures about people add up whole blocks of one team on one run
     * (decision 015).
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(@Nullable AccountId leader, @Nullable CourseRunId run) {
        CurrentAccount me = currentUser.require();
        AccountId team = team(me, leader);
        String runName = run == null ? null : runName(me, run);
        Populations.Population population = populations.of(me, team, run);
        LocalDate start = day(population.firstSession());
        LocalDate end = day(population.lastSession());
        Course course = content.course();
        Map<String, FormFee> fees = fees(course);
        List<Dashboard.MonthLine> months =
                DashboardMath.months(extracts.totals(team == null ? null : team.value()), fees);
        List<Dashboard.FormTrend> trends = DashboardMath.trends(months, fees, start, end);
        Dashboard.Scope scope = new Dashboard.Scope(
                team, team == null ? null : accounts.displayNames(List.of(team)).get(team), run, runName);
        List<Populations.Block> blocks = population.counted();
        int people = population.people();
        if (!GroupRule.shows(people)) {
            return tooFewPeople(scope, population, trends, months, start, end);
        }
        Sums sums = sums(blocks);
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

    /** The counted blocks' figures, each block summed by the module that holds them, then added up. */
    private record Sums(
            int attended,
            ModuleCompletion completion,
            TransferTotals transfer,
            RubricTotals before,
            RubricTotals after) {}

    private Sums sums(List<Populations.Block> blocks) {
        int attended = 0;
        List<ModuleCompletion> completions = new ArrayList<>();
        List<TransferTotals> transfers = new ArrayList<>();
        List<RubricTotals> before = new ArrayList<>();
        List<RubricTotals> after = new ArrayList<>();
        for (Populations.Block block : blocks) {
            attended += participation.of(block.people(), block.run()).attended();
            completions.add(learning.completion(block.people()));
            transfers.add(transfer.of(block.people()));
            before.add(rubric.ownCase(Writing.OwnCase.BEFORE, block.people()));
            after.add(rubric.ownCase(Writing.OwnCase.AFTER, block.people()));
        }
        return new Sums(
                attended,
                BlockSums.completion(completions),
                BlockSums.transfer(transfers),
                BlockSums.rubric(before),
                BlockSums.rubric(after));
    }

    /** Checks an extract for a team without storing anything. */
    @Transactional(readOnly = true)
    public ExtractPreview previewExtract(@Nullable AccountId leader, byte[] file) {
        AccountId team = extractTeam(leader);
        ExtractCsv.Result result = parse(file);
        if (!result.ok()) {
            return new ExtractPreview(result.problems(), 0, 0);
        }
        return new ExtractPreview(List.of(), result.rows().size(), extracts.existing(team.value(), result.rows()));
    }

    /** Stores an extract for a team, all lines or none; lines for a month and form already stored are replaced. */
    @Transactional
    public int importExtract(@Nullable AccountId leader, byte[] file) {
        AccountId team = extractTeam(leader);
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
    public int deleteExtract(@Nullable AccountId leader) {
        return extracts.clear(extractTeam(leader).value());
    }

    private ExtractCsv.Result parse(byte[] file) {
        Set<String> forms =
                content.course().forms().stream().map(LaeForm::number).collect(Collectors.toSet());
        return ExtractCsv.parse(file, forms, YearMonth.now(clock.withZone(TimeConfig.ZONE)));
    }

    private AccountId extractTeam(@Nullable AccountId leader) {
        CurrentAccount me = currentUser.require();
        AccountId team = team(me, leader);
        if (team == null) {
            throw new ResultsRefusedException(ResultsRefusedException.Reason.NO_TEAM, "an extract needs a team");
        }
        if (me.role() == Role.ADMIN && accounts.leaders().stream().noneMatch(l -> l.id().equals(team))) {
            throw new ResultsRefusedException(ResultsRefusedException.Reason.NOT_YOUR_TEAM, "not a leader: " + team);
        }
        return team;
    }

    /** The team asked for: a leader's own (null or their id), refused otherwise; for an administrator as given. */
    private static @Nullable AccountId team(CurrentAccount me, @Nullable AccountId leader) {
        if (me.role() == Role.ADMIN) {
            return leader;
        }
        if (leader != null && !leader.equals(me.id())) {
            throw new ResultsRefusedException(ResultsRefusedException.Reason.NOT_YOUR_TEAM, "team of " + leader);
        }
        return me.id();
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
