package dk.attestkursus.results.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.results.Dashboard;
import dk.attestkursus.results.GroupRule;
import dk.attestkursus.results.ResultsChoices;
import dk.attestkursus.results.ResultsPaths;
import dk.attestkursus.results.ResultsRefusedException;
import dk.attestkursus.results.ResultsService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;

/**
 * The leader's results (an administrator's for any team or all): participation, request quality
 * before and after, self-assessment, action plans and the data extract, each table with CSV, the
 * whole as a PDF report. Team and run are chosen in the address ({@code ?team=…&hold=…}), so a view can
 * be bookmarked and shared; another leader's team or run is refused with a message.
 */
@Route(value = ResultsPaths.DASHBOARD, layout = MainLayout.class)
@RolesAllowed({AppRoles.LEADER, AppRoles.ADMIN})
@Menu(title = "nav.results", order = 2.5, icon = "vaadin:chart")
class ResultsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final String TEAM = "team";
    private static final String RUN = "hold";

    private final ResultsService results;
    private final AppI18NProvider i18n;
    private final Clock clock;

    ResultsView(ResultsService results, AppI18NProvider i18n, Clock clock) {
        this.results = results;
        this.i18n = i18n;
        this.clock = clock;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("results.title")));
        Map<String, String> query = new HashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((k, v) -> query.put(k, v.getFirst()));
        Long team = number(query.get(TEAM));
        Long run = number(query.get(RUN));
        ResultsChoices choices = results.choices();
        Dashboard dashboard;
        try {
            dashboard = results.dashboard(team == null ? null : new AccountId(team), run == null ? null : new CourseRunId(run));
        } catch (ResultsRefusedException e) {
            Paragraph refused = new Paragraph(getTranslation(e.messageKey()));
            refused.setId("results-refused");
            refused.addClassName("error-box");
            refused.getElement().setAttribute("role", "alert");
            add(refused, new Anchor(ResultsPaths.DASHBOARD, getTranslation("results.backToOwn")));
            return;
        }
        add(filters(choices, team, run));
        Paragraph scope = new Paragraph(ResultsTexts.scope(dashboard, i18n, getLocale()));
        scope.setId("results-scope");
        scope.addClassName("lead");
        Paragraph privacy = new Paragraph(getTranslation("results.privacy", GroupRule.MIN_PEOPLE));
        privacy.addClassName("info-box");
        add(scope, privacy, actions(dashboard, choices, team));
        DashboardTables tables = new DashboardTables(i18n, getLocale());
        if (dashboard.tooFew()) {
            Paragraph tooFew = new Paragraph(getTranslation("results.tooFewPeople", GroupRule.MIN_PEOPLE, dashboard.people()));
            tooFew.setId("results-too-few");
            tooFew.addClassName("warning-box");
            add(tooFew);
        }
        ResultsPictures pictures = new ResultsPictures(i18n, getLocale());
        for (ResultTable table : tables.all(dashboard)) {
            add(section(table, pictures.chartFor(table.id(), dashboard), pictures.altFor(table.id(), dashboard)));
        }
    }

    private FlexLayout filters(ResultsChoices choices, @Nullable Long team, @Nullable Long run) {
        Select<ResultsChoices.Option> teams = select("results-team", "results.chooseTeam", choices.allTeams()
                ? getTranslation("results.allTeams") : null, choices.teams(), team);
        Select<ResultsChoices.Option> runs = select("results-run", "results.chooseRun", getTranslation("results.heldRuns"),
                choices.runs().stream().map(r -> new ResultsChoices.Option(r.id(), r.name())).toList(), run);
        Button show = new Button(getTranslation("results.show"), e -> {
            Map<String, String> params = new HashMap<>();
            if (choices.allTeams() && teams.getValue() != null && teams.getValue().id() > 0) {
                params.put(TEAM, String.valueOf(teams.getValue().id()));
            }
            if (runs.getValue() != null && runs.getValue().id() > 0) {
                params.put(RUN, String.valueOf(runs.getValue().id()));
            }
            UI.getCurrent().navigate(ResultsPaths.DASHBOARD, QueryParameters.simple(params));
        });
        show.setId("results-show");
        FlexLayout filters = new FlexLayout();
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.END);
        if (choices.allTeams()) {
            filters.add(teams);
        }
        filters.add(runs, show);
        return filters;
    }

    private Select<ResultsChoices.Option> select(String id, String labelKey, @Nullable String allLabel,
            java.util.List<ResultsChoices.Option> options, @Nullable Long chosen) {
        java.util.List<ResultsChoices.Option> items = new java.util.ArrayList<>();
        if (allLabel != null) {
            items.add(new ResultsChoices.Option(0, allLabel));
        }
        items.addAll(options);
        Select<ResultsChoices.Option> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setItemLabelGenerator(ResultsChoices.Option::name);
        select.setValue(items.stream().filter(o -> chosen != null && o.id() == chosen).findFirst()
                .orElse(items.isEmpty() ? null : items.getFirst()));
        return select;
    }

    private FlexLayout actions(Dashboard dashboard, ResultsChoices choices, @Nullable Long team) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("filters");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        Anchor pdf = download("results-pdf", getTranslation("results.pdf"), "resultater.pdf", "application/pdf",
                () -> ReportPdf.render(dashboard, new ResultsPictures(i18n, getLocale()), i18n, getLocale(),
                        LocalDate.now(clock.withZone(TimeConfig.ZONE))));
        actions.add(pdf);
        if (!choices.allTeams() || team != null) {
            AccountId owner = team == null ? null : new AccountId(team);
            Button upload = new Button(getTranslation("extract.open"), e -> new ExtractDialog(results, owner, message -> {
                UI.getCurrent().navigate(ResultsPaths.DASHBOARD, QueryParameters.simple(params(team, dashboard)));
                Notification.show(message, 6000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }).open());
            upload.setId("extract-open");
            actions.add(upload);
            if (!dashboard.extractMonths().isEmpty()) {
                Button delete = new Button(getTranslation("extract.delete"), e -> confirmDelete(owner, team, dashboard));
                delete.setId("extract-delete");
                delete.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);
                actions.add(delete);
            }
        } else {
            Paragraph hint = new Paragraph(getTranslation("extract.chooseTeam"));
            hint.addClassName("meta");
            actions.add(hint);
        }
        return actions;
    }

    private void confirmDelete(@Nullable AccountId owner, @Nullable Long team, Dashboard dashboard) {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                getTranslation("extract.delete.title"), getTranslation("extract.delete.text", dashboard.extractMonths().size()),
                getTranslation("extract.delete"), e -> {
                    int deleted = results.deleteExtract(owner);
                    UI.getCurrent().navigate(ResultsPaths.DASHBOARD, QueryParameters.simple(params(team, dashboard)));
                    Notification.show(getTranslation("extract.delete.done", deleted), 6000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setId("extract-delete-dialog");
        dialog.open();
    }

    private static Map<String, String> params(@Nullable Long team, Dashboard dashboard) {
        Map<String, String> params = new HashMap<>();
        if (team != null) {
            params.put(TEAM, String.valueOf(team));
        }
        if (dashboard.scope().runId() != null) {
            params.put(RUN, String.valueOf(dashboard.scope().runId()));
        }
        return params;
    }

    private Div section(ResultTable table, @Nullable JFreeChart chart, String alt) {
        Div section = new Div();
        section.setId("results-" + table.id());
        section.addClassName("card");
        section.add(new H2(table.title()));
        if (chart != null) {
            Image picture = new Image(ResultsCharts.svgDataUri(chart), alt);
            picture.addClassName("result-chart");
            picture.setId("chart-" + table.id());
            section.add(picture);
        }
        if (table.rows().isEmpty()) {
            section.add(new Paragraph(getTranslation("results.empty." + table.id())));
            return section;
        }
        Element t = new Element("table");
        t.setAttribute("class", "counts-table");
        Element caption = new Element("caption");
        caption.setText(table.title());
        Element head = new Element("tr");
        table.header().forEach(h -> {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(h);
            head.appendChild(th);
        });
        Element thead = new Element("thead");
        thead.appendChild(head);
        Element body = new Element("tbody");
        for (var row : table.rows()) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                Element cell = new Element(i == 0 ? "th" : "td");
                if (i == 0) {
                    cell.setAttribute("scope", "row");
                }
                cell.setText(row.get(i));
                tr.appendChild(cell);
            }
            body.appendChild(tr);
        }
        t.appendChild(caption, thead, body);
        Div scroll = new Div();
        scroll.addClassName("table-scroll");
        scroll.getElement().appendChild(t);
        section.add(scroll, download("csv-" + table.id(), getTranslation("results.csv", table.title()),
                table.id() + ".csv", "text/csv", () -> TableCsv.of(table)));
        return section;
    }

    private static Anchor download(String id, String text, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), text);
        anchor.setId(id);
        anchor.addClassName("secondary-link");
        return anchor;
    }

    private static @Nullable Long number(@Nullable String value) {
        return Optional.ofNullable(value).filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.title");
    }
}
