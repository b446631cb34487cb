package dk.attestkursus.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Lead;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.Role;
import dk.attestkursus.session.BlockId;
import dk.attestkursus.session.ProgrammeService;
import dk.attestkursus.session.SessionBlock;
import dk.attestkursus.session.SessionException;
import dk.attestkursus.session.SessionNotesService;
import dk.attestkursus.session.SessionPaths;
import dk.attestkursus.session.SessionService;
import dk.attestkursus.session.SessionSnapshot;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The run's own programme: the shared runbook's blocks with their planned times, which the
 * instructors may reorder, shorten or lengthen, remove, or add a local block to, without
 * changing the shared content. Shows when the total no longer matches the session's length.
 */
@Route(value = SessionPaths.PROGRAMME, layout = MainLayout.class)
@RolesAllowed({AppRoles.INSTRUCTOR, AppRoles.ADMIN})
class ProgrammeView extends SessionPage implements BeforeEnterObserver, HasDynamicTitle {

    private final AppI18NProvider i18n;
    private final CurrentUser currentUser;
    private final CourseRunService courseRuns;
    private final CourseContent content;
    private final ProgrammeService programme;
    private final SessionNotesService notes;
    private final Div list = new Div();
    private final Select<SessionBlock> after = new Select<>();
    private @Nullable CourseRunId runId;

    ProgrammeView(
            SessionService sessions,
            AppI18NProvider i18n,
            CurrentUser currentUser,
            CourseRunService courseRuns,
            CourseContent content,
            ProgrammeService programme,
            SessionNotesService notes) {
        super(sessions);
        this.programme = programme;
        this.notes = notes;
        this.courseRuns = courseRuns;
        this.content = content;
        this.i18n = i18n;
        this.currentUser = currentUser;
        addClassName("page");
        list.setId("programme");
        after.setLabel(getTranslation("programme.add.after"));
        after.setId("local-after");
        after.setItemLabelGenerator(b -> b == null ? getTranslation("programme.add.first") : b.title());
        after.setEmptySelectionAllowed(true);
        after.setEmptySelectionCaption(getTranslation("programme.add.first"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        runId = new CourseRunId(event.getRouteParameters().getLong("runId").orElseThrow(NotFoundException::new));
        SessionSnapshot first;
        try {
            first = sessions.snapshot(runId);
        } catch (SessionException e) {
            throw new NotFoundException();
        }
        removeAll();
        // The facilitator view is the instructors'; an administrator goes back to the run's page.
        boolean instructor = currentUser.require().role() == Role.INSTRUCTOR;
        Anchor back = instructor
                ? new Anchor(SessionPaths.facilitator(runId), getTranslation("session.backToSession"))
                : new Anchor(RunPaths.run(runId), getTranslation("session.backToRun"));
        back.setId("back-to-session");
        HorizontalLayout downloads = new HorizontalLayout();
        downloads.setWrap(true);
        courseRuns
                .myRun(runId)
                .ifPresent(run ->
                        SessionDownloads.addTo(downloads, sessions, notes, content, run.id(), run, i18n, getLocale()));
        add(
                back,
                new H1(getTranslation("programme.title")),
                new Paragraph(getTranslation("programme.help")),
                downloads,
                list,
                addForm());
        snapshot = null;
        receive(first);
        follow(runId);
    }

    @Override
    protected void show(SessionSnapshot s, @Nullable SessionSnapshot previous) {
        list.removeAll();
        Paragraph total = new Paragraph(getTranslation("programme.total", s.totalMinutes(), s.plannedMinutes()));
        total.setId("programme-total");
        list.add(total);
        if (s.totalMinutes() != s.plannedMinutes()) {
            Paragraph warning = new Paragraph(getTranslation(
                    s.totalMinutes() > s.plannedMinutes() ? "programme.tooLong" : "programme.tooShort",
                    Math.abs(s.totalMinutes() - s.plannedMinutes())));
            warning.addClassName("warning-box");
            warning.setId("programme-warning");
            list.add(warning);
        }
        OrderedList blocks = new OrderedList();
        blocks.addClassName("programme-list");
        ZonedDateTime at = s.sessionStartsAt().atZone(TimeConfig.ZONE);
        for (SessionBlock b : s.blocks()) {
            blocks.add(blockItem(s, b, at));
            at = at.plusMinutes(b.minutes());
        }
        list.add(blocks);
        // Keep the chosen "after" block across updates (own edits and the co-instructor's).
        BlockId chosen = after.getValue() == null ? null : after.getValue().id();
        after.setItems(s.blocks());
        s.blocks().stream().filter(b -> b.id().equals(chosen)).findFirst().ifPresent(after::setValue);
        if (s.startedAt() == null) {
            list.add(resetButton());
        }
    }

    /** One block: its start time, title, lead, minutes to edit, and buttons to move or remove it. */
    private ListItem blockItem(SessionSnapshot s, SessionBlock b, ZonedDateTime at) {
        ListItem item = new ListItem();
        item.addClassName("programme-block");
        item.getElement()
                .setAttribute("data-block", b.contentKey() == null ? "local-" + b.id().value() : b.contentKey());
        Span time = new Span(Formats.time(at.toInstant(), getLocale(), i18n));
        time.addClassName("meta");
        Span name = new Span(b.title() + (b.local() ? " " + getTranslation("programme.local") : ""));
        name.addClassName("block-title");
        Span lead = new Span(getTranslation(b.lead().labelKey()));
        lead.addClassName("meta");
        IntegerField minutes = new IntegerField();
        minutes.setAriaLabel(getTranslation("programme.minutesFor", b.title()));
        minutes.setValue(b.minutes());
        minutes.setMin(1);
        minutes.setMax(480);
        minutes.setWidth("6rem");
        minutes.setSuffixComponent(new Span(getTranslation("programme.min")));
        minutes.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(() -> programme.setMinutes(id(), b.id(), e.getValue()));
            }
        });
        Button up = iconButton(
                VaadinIcon.ARROW_UP, getTranslation("programme.up", b.title()), () -> programme.move(id(), b.id(), -1));
        up.setEnabled(b.position() > 0);
        Button down = iconButton(
                VaadinIcon.ARROW_DOWN,
                getTranslation("programme.down", b.title()),
                () -> programme.move(id(), b.id(), 1));
        down.setEnabled(b.position() < s.blocks().size() - 1);
        Button remove = iconButton(VaadinIcon.TRASH, getTranslation("programme.remove", b.title()), null);
        remove.addClickListener(e -> confirmRemove(b));
        HorizontalLayout row = new HorizontalLayout(time, name, lead, minutes, up, down, remove);
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        row.setWrap(true);
        item.add(row);
        return item;
    }

    private Button resetButton() {
        Button reset = new Button(getTranslation("programme.reset"), e -> {
            ConfirmDialog dialog = new ConfirmDialog(
                    getTranslation("programme.reset"),
                    getTranslation("programme.reset.text"),
                    getTranslation("programme.reset"),
                    ev -> act(() -> programme.reset(id())));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("common.cancel"));
            dialog.open();
        });
        reset.setId("programme-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return reset;
    }

    private Button iconButton(VaadinIcon icon, String label, @Nullable Supplier<SessionSnapshot> change) {
        Button button = new Button(icon.create());
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        if (change != null) {
            button.addClickListener(e -> act(change));
        }
        return button;
    }

    private void confirmRemove(SessionBlock b) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("programme.remove.title"),
                getTranslation("programme.remove.text", b.title()),
                getTranslation("programme.remove.confirm"),
                e -> act(() -> programme.remove(id(), b.id())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private Div addForm() {
        TextField title = new TextField(getTranslation("programme.add.title"));
        title.setId("local-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        IntegerField minutes = new IntegerField(getTranslation("programme.add.minutes"));
        minutes.setId("local-minutes");
        minutes.setMin(1);
        minutes.setMax(480);
        minutes.setValue(15);
        Select<Lead> lead = new Select<>();
        lead.setLabel(getTranslation("programme.add.lead"));
        lead.setId("local-lead");
        lead.setItems(Lead.values());
        lead.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        lead.setValue(Lead.BOTH);
        TextArea description = new TextArea(getTranslation("programme.add.description"));
        description.setId("local-description");
        description.setMaxLength(4000);
        Button add = new Button(getTranslation("programme.add"), VaadinIcon.PLUS.create());
        add.setId("local-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            title.setInvalid(false);
            if (title.getValue().isBlank() || minutes.getValue() == null) {
                title.setErrorMessage(getTranslation("programme.add.required"));
                title.setInvalid(title.getValue().isBlank());
                minutes.setInvalid(minutes.getValue() == null);
                return;
            }
            try {
                receive(programme.addLocalBlock(
                        id(),
                        after.getValue() == null ? null : after.getValue().id(),
                        title.getValue(),
                        minutes.getValue(),
                        lead.getValue(),
                        description.getValue()));
                title.clear();
                description.clear();
            } catch (SessionException ex) {
                title.setErrorMessage(getTranslation(ex.messageKey()));
                title.setInvalid(true);
            }
        });
        Div form = new Div(new H2(getTranslation("programme.add.heading")));
        FormLayout fields = new FormLayout(title, minutes, lead, after, description);
        fields.setColspan(description, 2);
        form.add(fields, add);
        form.addClassName("card");
        return form;
    }

    private CourseRunId id() {
        if (runId == null) {
            throw new IllegalStateException("Run not loaded");
        }
        return runId;
    }

    @Override
    protected Optional<SessionSnapshot> reread(CourseRunId runId) {
        return Optional.of(sessions.snapshot(runId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.title");
    }
}
