package dk.attestkursus.transfer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.SimpleTable;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.SelfAssessmentService;
import dk.attestkursus.transfer.SelfAssessmentSummary;
import dk.attestkursus.transfer.TransferPaths;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A run's self-assessments for its instructors: per phase, how many answered, and per statement how
 * many chose each step, with the average. Never who answered what.
 */
@Route(value = TransferPaths.RUN_SELF_ASSESSMENTS, layout = MainLayout.class)
@RolesAllowed({AppRoles.INSTRUCTOR, AppRoles.ADMIN})
class RunSelfAssessmentView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final SelfAssessmentService service;

    RunSelfAssessmentView(SelfAssessmentService service) {
        this.service = service;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CourseRunId runId =
                new CourseRunId(event.getRouteParameters().getLong("runId").orElseThrow(NotFoundException::new));
        removeAll();
        Anchor back = new Anchor(RunPaths.run(runId), getTranslation("transfer.backToRun"));
        add(
                back,
                new H1(getTranslation("transfer.summary.title")),
                new Paragraph(getTranslation("transfer.summary.help")));
        for (Phase phase : Phase.values()) {
            SelfAssessmentSummary summary;
            try {
                summary = service.summary(runId, phase);
            } catch (RunRefusedException e) {
                throw new NotFoundException();
            }
            add(section(summary));
        }
    }

    private Div section(SelfAssessmentSummary summary) {
        String slug = summary.phase().slug();
        Div section = new Div();
        section.setId("summary-" + slug);
        section.addClassName("card");
        section.add(new H2(getTranslation("transfer.self.title." + slug)));
        Paragraph answered =
                new Paragraph(getTranslation("transfer.summary.answered", summary.answered(), summary.participants()));
        answered.addClassName("meta");
        section.add(answered);
        if (summary.answered() == 0) {
            return section;
        }
        List<SimpleTable.Column> columns = new ArrayList<>();
        columns.add(SimpleTable.Column.text(getTranslation("transfer.summary.statement")));
        for (int step = 1; step <= 5; step++) {
            columns.add(SimpleTable.Column.number(String.valueOf(step)));
        }
        columns.add(SimpleTable.Column.number(getTranslation("transfer.summary.mean")));
        SimpleTable table = new SimpleTable(getTranslation("transfer.summary.caption"), columns);
        table.addClassName("counts-table");
        for (SelfAssessmentSummary.StatementCounts s : summary.statements()) {
            List<String> cells = new ArrayList<>();
            cells.add(s.text());
            s.counts().forEach(c -> cells.add(String.valueOf(c)));
            cells.add(String.format(Locale.forLanguageTag("da"), "%.1f", s.mean()));
            table.addRow(cells).setAttribute("data-statement", s.key());
        }
        Div scroll = new Div();
        scroll.addClassName("table-scroll");
        scroll.add(table);
        section.add(scroll);
        if (!summary.openAnswers().isEmpty()) {
            UnorderedList answers = new UnorderedList();
            summary.openAnswers().forEach(a -> answers.add(new ListItem(a)));
            section.add(new Paragraph(getTranslation("transfer.summary.open")), answers);
        } else if (summary.answered() < SelfAssessmentSummary.MIN_FOR_OPEN_ANSWERS) {
            section.add(new Paragraph(
                    getTranslation("transfer.summary.tooFewOpen", SelfAssessmentSummary.MIN_FOR_OPEN_ANSWERS)));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.summary.title");
    }
}
