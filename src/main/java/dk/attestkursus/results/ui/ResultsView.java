package dk.attestkursus.results.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.results.Dashboard;
import dk.attestkursus.results.GroupRule;
import dk.attestkursus.results.NationalResultsService;
import dk.attestkursus.results.ResultsChoices;
import dk.attestkursus.results.ResultsPaths;
import dk.attestkursus.results.ResultsRefusedException;
import dk.attestkursus.results.ResultsService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.TeamId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The leader's results (an administrator's for any team or all). They open with a headline (how many of
 * the rubric's points got better) and which runs the figures cover (by default those held, decision
 * 015), then one section per question with a picture and a sentence, the tables folded under it with CSV;
 * the whole as a PDF report. Team and run are chosen in the address ({@code ?team=…&hold=…}), so a view
 * can be bookmarked and shared; another leader's team or run is refused with a message.
 */
@Route(value = ResultsPaths.DASHBOARD, layout = MainLayout.class)
@RolesAllowed({AppRoles.LEADER, AppRoles.ADMIN})
@Menu(title = "nav.results", order = 2.5, icon = "vaadin:chart")
class ResultsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final String TEAM = "team";
    private static final String RUN = "hold";
    /** The choice "all teams" in the team list (no team has id 0). */
    private static final TeamId ALL_TEAMS = new TeamId(0);
    /** The choice "the runs held" in the run list (no run has id 0). */
    private static final CourseRunId HELD_RUNS = new CourseRunId(0);

    private final ResultsService results;
    private final NationalResultsService national;
    private final AppI18NProvider i18n;
    private final Clock clock;

    ResultsView(ResultsService results, NationalResultsService national, AppI18NProvider i18n, Clock clock) {
        this.results = results;
        this.national = national;
        this.i18n = i18n;
        this.clock = clock;
        addClassNames("page", "results-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 title = new H1(getTranslation("results.title"));
        Div header = new Div(title);
        header.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.JustifyContent.BETWEEN,
                LumoUtility.AlignItems.END,
                LumoUtility.Gap.Column.LARGE);
        add(header);
        Map<String, String> query = new HashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((k, v) -> query.put(k, v.getFirst()));
        Long teamNumber = number(query.get(TEAM));
        Long runNumber = number(query.get(RUN));
        TeamId team = teamNumber == null ? null : new TeamId(teamNumber);
        CourseRunId run = runNumber == null ? null : new CourseRunId(runNumber);
        ResultsChoices choices = results.choices();
        Dashboard dashboard;
        try {
            dashboard = results.dashboard(team, run);
        } catch (ResultsRefusedException e) {
            showRefused(e);
            return;
        }
        ResultsSections sections = new ResultsSections(i18n, getLocale());
        ResultsTexts texts = sections.texts();
        header.add(toolbar(choices, team, run, dashboard));
        showHeadline(dashboard, texts);
        boolean teamChosen = dashboard.scope().teamId() != null;
        for (ResultsSections.Section section : sections.of(dashboard)) {
            add(
                    ResultsSections.EXTRACT.equals(section.id())
                            ? new SectionCard(
                                    section,
                                    new ExtractButtons(
                                            results,
                                            dashboard,
                                            teamChosen,
                                            dashboard.scope().teamId(),
                                            () -> UI.getCurrent()
                                                    .navigate(
                                                            ResultsPaths.DASHBOARD,
                                                            QueryParameters.simple(params(team, run)))))
                            : new SectionCard(section));
        }
        if (!dashboard.tooFew()) {
            add(new SectionCard(PracticeSection.of(results.practice(team, run), texts)));
        }
        if (!dashboard.quality().isEmpty()) {
            add(Cards.card(
                    getTranslation("national.compare.title"),
                    new Paragraph(getTranslation("national.compare.caption")),
                    new Paragraph(getTranslation("national.compare.help")),
                    NationalTables.againstAverage(dashboard.quality(), national.nationalAverage(), getLocale())));
        }
    }

    private void showRefused(ResultsRefusedException e) {
        Paragraph refused = new Paragraph(getTranslation(e.messageKey()));
        refused.setId("results-refused");
        refused.addClassName("error-box");
        refused.getElement().setAttribute("role", "alert");
        add(refused, new Anchor(ResultsPaths.DASHBOARD, getTranslation("results.backToOwn")));
    }

    /** The headline in one sentence, its detail (or why there are too few), and what the figures cover. */
    private void showHeadline(Dashboard dashboard, ResultsTexts texts) {
        Paragraph headline = new Paragraph(texts.headline(dashboard));
        headline.setId("results-headline");
        headline.addClassNames(
                "results-headline",
                LumoUtility.FontSize.XLARGE,
                LumoUtility.FontWeight.SEMIBOLD,
                LumoUtility.Margin.Bottom.XSMALL);
        Paragraph detail = new Paragraph(texts.headlineDetail(dashboard));
        detail.setId(dashboard.tooFew() ? "results-too-few" : "results-headline-detail");
        detail.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.Top.NONE);
        add(headline, detail, coverage(dashboard, texts));
    }

    /** The scope in one line, each run with how many of it the figures count, and the privacy promise. */
    private Div coverage(Dashboard dashboard, ResultsTexts texts) {
        Div coverage = new Div();
        coverage.setId("results-scope");
        coverage.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Bottom.MEDIUM);
        Paragraph scope = new Paragraph(texts.scope(dashboard));
        scope.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Vertical.NONE);
        UnorderedList runs = new UnorderedList();
        runs.setId("results-coverage");
        runs.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        texts.coverage(dashboard).forEach(line -> runs.add(new ListItem(line)));
        Paragraph privacy = new Paragraph(getTranslation("results.privacy", GroupRule.MIN_PEOPLE));
        privacy.setId("results-privacy");
        privacy.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.NONE);
        coverage.add(scope, runs, privacy);
        return coverage;
    }

    private Div toolbar(ResultsChoices choices, @Nullable TeamId team, @Nullable CourseRunId run, Dashboard dashboard) {
        List<ResultsChoices.Option> teamItems = new ArrayList<>();
        teamItems.add(new ResultsChoices.Option(ALL_TEAMS, getTranslation("results.allTeams")));
        teamItems.addAll(choices.teams());
        Select<ResultsChoices.Option> teams = new Select<>();
        teams.setId("results-team");
        teams.setLabel(getTranslation("results.chooseTeam"));
        teams.setItems(teamItems);
        teams.setItemLabelGenerator(ResultsChoices.Option::name);
        teams.setValue(
                teamItems.stream().filter(o -> o.id().equals(team)).findFirst().orElse(teamItems.getFirst()));
        List<ResultsChoices.RunOption> runItems = new ArrayList<>();
        runItems.add(new ResultsChoices.RunOption(HELD_RUNS, getTranslation("results.heldRuns"), LocalDate.MIN, true));
        runItems.addAll(choices.runs());
        Select<ResultsChoices.RunOption> runs = new Select<>();
        runs.setId("results-run");
        runs.setLabel(getTranslation("results.chooseRun"));
        runs.setItems(runItems);
        runs.setItemLabelGenerator(r -> r.id().equals(HELD_RUNS)
                ? r.name()
                : getTranslation(
                        r.held() ? "results.runOption.held" : "results.runOption.upcoming",
                        r.name(),
                        Formats.localDate(r.day(), getLocale(), i18n)));
        runs.setValue(
                runItems.stream().filter(o -> o.id().equals(run)).findFirst().orElse(runItems.getFirst()));
        Button show = new Button(
                getTranslation("results.show"),
                e -> UI.getCurrent()
                        .navigate(
                                ResultsPaths.DASHBOARD,
                                QueryParameters.simple(params(
                                        choices.allTeams()
                                                        && teams.getValue().id().value() > 0
                                                ? teams.getValue().id()
                                                : null,
                                        runs.getValue().id().value() > 0
                                                ? runs.getValue().id()
                                                : null))));
        show.setId("results-show");
        Anchor pdf = SectionCard.download(
                "results-pdf",
                getTranslation("results.pdf"),
                "resultater.pdf",
                "application/pdf",
                () -> ReportPdf.render(dashboard, i18n, getLocale(), LocalDate.now(clock.withZone(TimeConfig.ZONE))));
        Div toolbar = new Div();
        toolbar.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.END,
                LumoUtility.Margin.Vertical.SMALL);
        if (choices.allTeams()) {
            toolbar.add(teams);
        }
        toolbar.add(runs, show, pdf);
        return toolbar;
    }

    private static Map<String, String> params(@Nullable TeamId team, @Nullable CourseRunId run) {
        Map<String, String> params = new HashMap<>();
        if (team != null) {
            params.put(TEAM, String.valueOf(team.value()));
        }
        if (run != null) {
            params.put(RUN, String.valueOf(run.value()));
        }
        return params;
    }

    private static @Nullable Long number(@Nullable String value) {
        return Optional.ofNullable(value)
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.title");
    }
}
