package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.SimpleTable;
import dk.attestkursus.base.ui.StartPages;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.FormCase;
import dk.attestkursus.content.LaeForm;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.learning.LearningPaths;
import dk.attestkursus.learning.LearningStatisticsService;
import dk.attestkursus.learning.RunLearningStatistics;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * For instructors: how the participants of each of their runs are doing, as counts only: modules
 * finished, and the spread of answers per knowledge-check question and per case.
 */
@Route(value = LearningPaths.RUN_LEARNING, layout = MainLayout.class)
@RolesAllowed(AppRoles.INSTRUCTOR)
@Menu(title = "nav.runLearning", order = 3, icon = "vaadin:chart")
class RunLearningView extends Div implements HasDynamicTitle {

    RunLearningView(CourseRunService runs, LearningStatisticsService statistics, CourseContent content) {
        addClassName("page");
        // A way back, and focusable content in the scrolling area for keyboard users (axe scrollable-region-focusable).
        add(new Anchor(StartPages.INSTRUCTOR, getTranslation("runLearning.back")));
        add(new H1(getTranslation("runLearning.title")), new Paragraph(getTranslation("runLearning.intro")));
        List<CourseRunSummary> mine = runs.myRunsAsInstructor();
        if (mine.isEmpty()) {
            add(Cards.emptyState(getTranslation("runLearning.noRuns")));
            return;
        }
        Course course = content.course();
        for (CourseRunSummary run : mine) {
            add(runSection(course, run, statistics.forRun(run.id())));
        }
    }

    private Div runSection(Course course, CourseRunSummary run, RunLearningStatistics stats) {
        Div section = new Div();
        section.addClassName("run-learning");
        section.getElement().setAttribute("data-run", String.valueOf(run.id().value()));
        section.add(
                new H2(run.name()), new Paragraph(getTranslation("runLearning.participants", stats.participants())));
        section.add(modulesTable(course, stats));
        section.add(new H3(getTranslation("runLearning.cases")));
        for (FormCase formCase : course.cases()) {
            section.add(caseTable(course, formCase, stats));
        }
        section.add(new H3(getTranslation("runLearning.questions")));
        for (Module module : course.modules()) {
            for (Question question : module.quiz()) {
                section.add(questionTable(question, stats));
            }
        }
        return section;
    }

    private SimpleTable modulesTable(Course course, RunLearningStatistics stats) {
        SimpleTable modules = table(
                getTranslation("runLearning.modules"),
                getTranslation("runLearning.module"),
                getTranslation("runLearning.completed"));
        modules.addClassName("modules-completed");
        for (Module module : course.modules()) {
            modules.addRow(
                    module.title(),
                    getTranslation("runLearning.ofParticipants", stats.completed(module.key()), stats.participants()));
        }
        return modules;
    }

    /** How many chose each form for a case; a form nobody chose is left out unless the experts chose it. */
    private SimpleTable caseTable(Course course, FormCase formCase, RunLearningStatistics stats) {
        SimpleTable table =
                table(formCase.title(), getTranslation("runLearning.choice"), getTranslation("runLearning.count"));
        table.addClassName("case-spread");
        table.getElement().setAttribute("data-case", formCase.id());
        List<String> choices =
                new ArrayList<>(course.forms().stream().map(LaeForm::number).toList());
        choices.add(FormCase.NONE);
        for (String choice : choices) {
            int count = stats.chose(formCase.id(), choice);
            if (count > 0 || formCase.best().contains(choice)) {
                String label = FormCase.NONE.equals(choice) ? getTranslation("cases.none") : choice;
                if (formCase.best().contains(choice)) {
                    label = getTranslation("runLearning.expertChoice", label);
                }
                table.addRow(label, String.valueOf(count));
            }
        }
        return table;
    }

    private SimpleTable questionTable(Question question, RunLearningStatistics stats) {
        SimpleTable table =
                table(question.text(), getTranslation("runLearning.option"), getTranslation("runLearning.count"));
        table.addClassName("question-spread");
        for (int i = 0; i < question.options().size(); i++) {
            Question.Option option = question.options().get(i);
            table.addRow(
                    option.correct() ? getTranslation("runLearning.rightOption", option.text()) : option.text(),
                    String.valueOf(stats.answered(question.id(), i)));
        }
        return table;
    }

    private static SimpleTable table(String caption, String... headers) {
        SimpleTable table = new SimpleTable(caption, headers);
        table.addClassName("data-table");
        return table;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("runLearning.title");
    }
}
