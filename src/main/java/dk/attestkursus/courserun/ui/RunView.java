package dk.attestkursus.courserun.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.EnrolmentHistoryEntry;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.GuestInstructorService;
import dk.attestkursus.courserun.RunDetails;
import dk.attestkursus.courserun.RunLink;
import dk.attestkursus.courserun.RunLinks;
import dk.attestkursus.courserun.RunManagementService;
import dk.attestkursus.courserun.RunParticipant;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A run's page for its instructors and administrators: when and where, the co-instructors and
 * any warning, the check-in code, the participants with attendance, adding one or importing a
 * file, moving and withdrawing, the enrolment history and the attendance list as PDF.
 */
@Route(value = RunPaths.RUN, layout = MainLayout.class)
@RolesAllowed({AppRoles.INSTRUCTOR, AppRoles.ADMIN})
class RunView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RunManagementService runs;
    private final EnrolmentService enrolment;
    private final GuestInstructorService guests;
    private final CurrentUser currentUser;
    private final AppI18NProvider i18n;
    private final List<RunLinks> linkProviders;
    private final Grid<RunParticipant> grid = new Grid<>();
    private final Span count = new Span();
    private final Paragraph status = new Paragraph();
    private final Div history = new Div();
    private @Nullable RunDetails details;
    private String title = "";

    RunView(
            RunManagementService runs,
            EnrolmentService enrolment,
            GuestInstructorService guests,
            CurrentUser currentUser,
            AppI18NProvider i18n,
            List<RunLinks> linkProviders) {
        this.runs = runs;
        this.guests = guests;
        this.currentUser = currentUser;
        this.enrolment = enrolment;
        this.i18n = i18n;
        this.linkProviders = linkProviders;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CourseRunId id =
                new CourseRunId(event.getRouteParameters().getLong("runId").orElseThrow(NotFoundException::new));
        try {
            details = runs.details(id);
        } catch (RunRefusedException e) {
            throw new NotFoundException();
        }
        title = details.summary().name();
        build(details);
    }

    private RunDetails details() {
        if (details == null) {
            throw new IllegalStateException("Run not loaded");
        }
        return details;
    }

    private CourseRunId runId() {
        return details().summary().id();
    }

    private void build(RunDetails d) {
        removeAll();
        CourseRunSummary run = d.summary();
        add(new Anchor(RunPaths.RUNS, getTranslation("runs.back")), new H1(run.name()));
        RunCards.cancelled(getLocale(), run, i18n).ifPresent(this::add);
        add(facts(d));
        add(warnings(d));
        add(actions(run));
        if (d.checkInCode() != null) {
            add(checkInCard(d.checkInCode()));
        }
        add(new H2(getTranslation("run.participants.title")));
        count.setId("participant-count");
        HorizontalLayout participantActions = participantActions();
        status.setId("run-status");
        status.addClassName("success-box");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        add(count, participantActions, status);
        setUpGrid();
        add(grid);
        Details historyDetails = new Details(getTranslation("run.history"), history);
        historyDetails.setId("run-history");
        add(historyDetails);
        // Guests are an occasional matter of the administrator's: after the run's own people.
        add(new GuestInstructorsCard(guests, run.id(), currentUser.require().role() == Role.ADMIN));
        refresh();
    }

    private Div facts(RunDetails d) {
        CourseRunSummary run = d.summary();
        Div facts = new Div();
        facts.setId("run-facts");
        facts.addClassName("card");
        facts.add(new Paragraph(getTranslation(
                "run.when", Formats.dateTime(run.startsAt(), getLocale(), i18n), run.durationMinutes())));
        facts.add(new Paragraph(
                run.online()
                        ? getTranslation("run.online", run.meetingLink().orElse(""))
                        : getTranslation("course.home.place", run.place().orElse(""))));
        facts.add(new Paragraph(getTranslation("run.municipality", run.municipality())));
        facts.add(new Paragraph(
                d.instructors().isEmpty()
                        ? getTranslation("run.noInstructors")
                        : getTranslation(
                                "run.instructors",
                                String.join(
                                        getTranslation("common.and"),
                                        d.instructors().stream()
                                                .map(a -> a.displayName()
                                                        + a.kind()
                                                                .map(k -> " (" + getTranslation(k.labelKey()) + ")")
                                                                .orElse(""))
                                                .toList()))));
        if (run.followUpFirst() != null || run.followUpSecond() != null) {
            facts.add(new Paragraph(getTranslation(
                    "run.followUps",
                    run.followUpFirst() == null ? "–" : Formats.localDate(run.followUpFirst(), getLocale(), i18n),
                    run.followUpSecond() == null ? "–" : Formats.localDate(run.followUpSecond(), getLocale(), i18n))));
        }
        return facts;
    }

    private Div warnings(RunDetails d) {
        Div warnings = new Div();
        warnings.setId("run-warnings");
        d.warningKeys().forEach(key -> {
            Paragraph p = new Paragraph(getTranslation(key));
            p.addClassName("warning-box");
            warnings.add(p);
        });
        return warnings;
    }

    private HorizontalLayout actions(CourseRunSummary run) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("action-row");
        actions.setWrap(true);
        Anchor edit = new Anchor(RunPaths.edit(run.id()), getTranslation("run.edit"));
        edit.setId("edit-run");
        edit.addClassName("primary-link");
        actions.add(edit);
        linkProviders.stream()
                .flatMap(p -> p.links(run.id()).stream())
                .sorted(Comparator.comparingInt(RunLink::order))
                .forEach(link -> {
                    Anchor a = new Anchor(link.path(), getTranslation(link.labelKey()));
                    a.addClassName("secondary-link");
                    a.getElement().setAttribute("data-link", link.labelKey());
                    actions.add(a);
                });
        return actions;
    }

    private Div checkInCard(String checkInCode) {
        Div code = new Div();
        code.addClassName("card");
        Span value = new Span(checkInCode);
        value.setId("check-in-code");
        value.addClassName("password-value");
        code.add(
                new H2(getTranslation("run.checkIn.title")),
                value,
                new Paragraph(getTranslation("run.checkIn.help", "/" + RunPaths.CHECK_IN)));
        return code;
    }

    /** Add one, import a file, the attendance list as PDF. */
    private HorizontalLayout participantActions() {
        Button addOne = new Button(
                getTranslation("run.addParticipant"),
                VaadinIcon.PLUS.create(),
                e -> new AddParticipantDialog(enrolment, runId(), this::refresh).open());
        addOne.setId("add-participant");
        Button importFile = new Button(
                getTranslation("run.import"),
                VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(enrolment, runId(), report -> {
                            refresh();
                            status.setText(report);
                            status.setVisible(true);
                        })
                        .open());
        importFile.setId("import-participants");
        Anchor attendancePdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] pdf = AttendancePdf.render(details(), enrolment.participants(runId()), i18n, getLocale());
                    return new DownloadResponse(
                            new ByteArrayInputStream(pdf), "fremmoedeliste.pdf", "application/pdf", pdf.length);
                }),
                getTranslation("run.attendancePdf"));
        attendancePdf.setId("attendance-pdf");
        attendancePdf.addClassName("secondary-link");
        HorizontalLayout participantActions = new HorizontalLayout(addOne, importFile, attendancePdf);
        participantActions.setWrap(true);
        participantActions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return participantActions;
    }

    private void setUpGrid() {
        grid.removeAllColumns();
        grid.setId("participants-grid");
        grid.setAriaLabel(getTranslation("run.participants.title"));
        grid.addComponentColumn(this::attendance)
                .setHeader(getTranslation("run.attended"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RunParticipant::name)
                .setHeader(getTranslation("accounts.field.name"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(RunParticipant::email)
                .setHeader(getTranslation("accounts.field.email"))
                .setAutoWidth(true);
        // One column for the team and its leader: a person has one or the other or both, never an empty column.
        grid.addColumn(this::teamAndLeader)
                .setHeader(getTranslation("run.teamAndLeader"))
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(this::teamAndLeader);
        grid.addComponentColumn(this::rowActions)
                .setHeader(getTranslation("accounts.actions"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("run.participants.empty"));
    }

    private String teamAndLeader(RunParticipant p) {
        String team = p.teamName().orElse("");
        String leader = p.leaderName() == null ? "" : p.leaderName();
        if (team.isEmpty() && leader.isEmpty()) {
            return getTranslation("run.noTeam"); // the municipality's administrators place people in teams
        }
        return team.isEmpty() ? leader : leader.isEmpty() ? team : getTranslation("run.teamOfLeader", team, leader);
    }

    private void refresh() {
        List<RunParticipant> people = enrolment.participants(runId());
        grid.setItems(people);
        grid.setAllRowsVisible(people.size() <= 50);
        long attended = people.stream().filter(RunParticipant::attended).count();
        count.setText(RunCards.places(this, people.size(), details().summary().capacity()) + " "
                + getTranslation("run.attendedCount", attended));
        history.removeAll();
        List<EnrolmentHistoryEntry> entries = enrolment.history(runId());
        if (entries.isEmpty()) {
            history.add(Cards.emptyState(getTranslation("run.history.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            entries.stream()
                    .limit(200)
                    .forEach(e -> list.add(new ListItem(getTranslation(
                            e.labelKey(),
                            Formats.dateTime(e.at(), getLocale(), i18n),
                            e.personName(),
                            e.byName(),
                            e.otherRunName() == null ? "" : e.otherRunName()))));
            history.add(list);
        }
    }

    private Component attendance(RunParticipant p) {
        Checkbox box = new Checkbox(p.attended());
        box.setAriaLabel(getTranslation("run.attended.label", p.name()));
        box.getElement().setAttribute("data-email", p.email());
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> enrolment.setAttended(runId(), p.id(), e.getValue()));
            }
        });
        return box;
    }

    private Component rowActions(RunParticipant p) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        row.addClassName("row-actions");
        Button move = new Button(getTranslation("run.move"), e -> openMove(p));
        move.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        move.setAriaLabel(getTranslation("run.move") + ": " + p.name());
        move.getElement().setAttribute("data-action", "move");
        Button withdraw = new Button(getTranslation("run.withdraw"), e -> confirmWithdraw(p));
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        withdraw.setAriaLabel(getTranslation("run.withdraw") + ": " + p.name());
        withdraw.getElement().setAttribute("data-action", "withdraw");
        row.add(move, withdraw);
        return row;
    }

    private void confirmWithdraw(RunParticipant p) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("run.withdraw.title"),
                getTranslation("run.withdraw.text", p.name()),
                getTranslation("run.withdraw"),
                e -> act(() -> enrolment.withdraw(runId(), p.id())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void openMove(RunParticipant p) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("run.move.title", p.name()));
        Select<CourseRunSummary> target = new Select<>();
        target.setLabel(getTranslation("run.move.target"));
        target.setId("move-target");
        List<CourseRunSummary> others = runs.manageableRuns().stream()
                .filter(r -> !r.id().equals(runId()))
                .toList();
        target.setItems(others);
        target.setItemLabelGenerator(r -> r.name() + " – " + Formats.date(r.startsAt(), getLocale(), i18n));
        if (others.isEmpty()) {
            dialog.add(Cards.emptyState(getTranslation("run.move.none")));
        } else {
            dialog.add(target);
        }
        Button ok = new Button(getTranslation("run.move"), e -> {
            if (target.getValue() == null) {
                target.setErrorMessage(getTranslation("run.error.required"));
                target.setInvalid(true);
                return;
            }
            if (act(() -> enrolment.move(runId(), p.id(), target.getValue().id()))) {
                dialog.close();
            }
        });
        ok.setId("move-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setEnabled(!others.isEmpty());
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** Runs a change; a refusal is shown as a message. Refreshes either way, so the screen shows what is stored. */
    private boolean act(Runnable change) {
        boolean done;
        try {
            change.run();
            Notification.show(getTranslation("run.changed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done = true;
        } catch (RunRefusedException e) {
            Notification n = Notification.show(getTranslation(e.messageKey()), 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            done = false;
        }
        refresh();
        return done;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
