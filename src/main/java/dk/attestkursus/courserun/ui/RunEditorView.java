package dk.attestkursus.courserun.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dk.attestkursus.base.ui.ComponentTexts;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunDetails;
import dk.attestkursus.courserun.RunInput;
import dk.attestkursus.courserun.RunManagementService;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.courserun.RunValidationException;
import dk.attestkursus.kernel.DanishCalendar;
import dk.attestkursus.municipalities.MunicipalityService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.InstructorKind;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Creating or editing a run: name, municipality, date and time, in person or online, capacity,
 * the co-instructors and the follow-up dates. Errors appear beside their fields and nothing typed
 * is lost; a warning says when a run lacks a practice consultant or a jobcenter representative.
 */
@Route(value = RunPaths.NEW_RUN, layout = MainLayout.class)
@RouteAlias(value = RunPaths.EDIT, layout = MainLayout.class)
@RolesAllowed({AppRoles.INSTRUCTOR, AppRoles.ADMIN})
class RunEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RunManagementService service;
    private final List<AccountSummary> instructorAccounts;
    private final TextField name = new TextField();
    private final TextField municipality = new TextField();
    private final MunicipalityService municipalities;
    private final DatePicker date = ComponentTexts.of(new DatePicker());
    private final TimePicker time = ComponentTexts.of(new TimePicker());
    private final IntegerField duration = new IntegerField();
    private final RadioButtonGroup<Boolean> format = new RadioButtonGroup<>();
    private final TextField location = new TextField();
    private final TextField meetingUrl = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final CheckboxGroup<AccountSummary> instructors = new CheckboxGroup<>();
    private final DatePicker followUpFirst = ComponentTexts.of(new DatePicker());
    private final DatePicker followUpSecond = ComponentTexts.of(new DatePicker());
    private final Div warnings = new Div();
    private final H1 heading = new H1();
    private final Clock clock;
    private @Nullable CourseRunId runId;
    private long loadedVersion;

    RunEditorView(
            RunManagementService service, AccountService accounts, MunicipalityService municipalities, Clock clock) {
        this.service = service;
        this.clock = clock;
        this.municipalities = municipalities;
        this.instructorAccounts = accounts.instructors();
        addClassName("page");
        add(new Anchor(RunPaths.RUNS, getTranslation("runs.back")), heading);
        setUpWhatAndWhen();
        setUpWhere();
        setUpWho();
        Button save = new Button(getTranslation("common.save"), e -> save());
        save.setId("run-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form(), warnings, save);
    }

    /** Name, municipality, date, time and duration. */
    private void setUpWhatAndWhen() {
        setUp(name, "run-name", "run.field.name", true);
        name.setMaxLength(200);
        setUp(municipality, "run-municipality", "run.field.municipality", false);
        // The run belongs to the session's municipality (issue 21): shown, never typed.
        municipality.setReadOnly(true);
        municipality.setValue(municipalities.currentName());
        date.setId("run-date");
        date.setLabel(getTranslation("run.field.date"));
        date.setRequiredIndicatorVisible(true);
        warnOnDaysOff(date);
        time.setId("run-time");
        time.setLabel(getTranslation("run.field.time"));
        time.setRequiredIndicatorVisible(true);
        time.setStep(Duration.ofMinutes(15));
        duration.setId("run-duration");
        duration.setLabel(getTranslation("run.field.duration"));
        duration.setHelperText(getTranslation("run.field.durationHelp"));
        duration.setMin(RunManagementService.MIN_MINUTES);
        duration.setMax(RunManagementService.MAX_MINUTES);
        duration.setStepButtonsVisible(true);
        duration.setStep(15);
    }

    /**
     * A weekend, a public holiday or a day between Christmas and New Year is told beside the field as the
     * instructor chooses it (issue 23): a warning, never a refusal.
     */
    private void warnOnDaysOff(DatePicker picker) {
        picker.addValueChangeListener(e -> {
            Optional<DanishCalendar.DayOff> off =
                    e.getValue() == null ? Optional.empty() : DanishCalendar.dayOff(e.getValue());
            picker.setHelperText(off.map(o -> getTranslation("run.field.dayOff", getTranslation(o.labelKey())))
                    .orElse(null));
            picker.getElement().getClassList().set("day-off-warning", off.isPresent());
        });
    }

    /** In person or online, the place or the meeting link, and the capacity. */
    private void setUpWhere() {
        format.setId("run-format");
        format.setLabel(getTranslation("run.field.format"));
        format.setItems(false, true);
        format.setItemLabelGenerator(online -> getTranslation(online ? "run.format.online" : "run.format.inPerson"));
        format.addValueChangeListener(e -> showFormatFields());
        setUp(location, "run-location", "run.field.location", true);
        location.setMaxLength(300);
        setUp(meetingUrl, "run-meeting-url", "run.field.meetingUrl", true);
        meetingUrl.setHelperText(getTranslation("run.field.meetingUrlHelp"));
        meetingUrl.setMaxLength(500);
        capacity.setId("run-capacity");
        capacity.setLabel(getTranslation("run.field.capacity"));
        capacity.setHelperText(getTranslation("run.field.capacityHelp"));
        capacity.setMin(1);
    }

    /** The co-instructors, the follow-up dates and the warnings about who is missing. */
    private void setUpWho() {
        instructors.setId("run-instructors");
        instructors.setLabel(getTranslation("run.field.instructors"));
        instructors.setHelperText(getTranslation("run.field.instructorsHelp"));
        instructors.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        instructors.setItems(instructorAccounts);
        instructors.setItemLabelGenerator(a -> a.displayName()
                + a.kind().map(k -> " (" + getTranslation(k.labelKey()) + ")").orElse(""));
        instructors.addValueChangeListener(e -> showWarnings());
        followUpFirst.setId("run-follow-up-1");
        followUpFirst.setLabel(getTranslation("run.field.followUpFirst"));
        followUpSecond.setId("run-follow-up-2");
        followUpSecond.setLabel(getTranslation("run.field.followUpSecond"));
        warnOnDaysOff(followUpFirst);
        warnOnDaysOff(followUpSecond);
        warnings.setId("run-warnings");
        warnings.getElement().setAttribute("aria-live", "polite");
    }

    private FormLayout form() {
        FormLayout form = new FormLayout(
                name,
                municipality,
                date,
                time,
                duration,
                capacity,
                format,
                location,
                meetingUrl,
                instructors,
                followUpFirst,
                followUpSecond);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(instructors, 2);
        return form;
    }

    private void setUp(TextField field, String id, String labelKey, boolean required) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setRequiredIndicatorVisible(required);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var param = event.getRouteParameters().getLong("runId");
        RunInput input;
        if (param.isPresent()) {
            runId = new CourseRunId(param.get());
            RunDetails details;
            try {
                details = service.details(runId);
            } catch (RunRefusedException e) {
                throw new NotFoundException();
            }
            loadedVersion = details.version();
            input = details.toInput();
            heading.setText(getTranslation("run.edit.title", details.summary().name()));
            if (!details.summary().cancelled() && details.summary().startsAt().isAfter(clock.instant())) {
                add(new CancelRunCard(service, runId, details.summary().name()));
            }
        } else {
            input = service.template();
            heading.setText(getTranslation("run.new.title"));
        }
        fill(input);
        name.focus();
    }

    private void fill(RunInput input) {
        name.setValue(nonNull(input.name()));
        municipality.setValue(municipalities.currentName());
        date.setValue(input.date());
        time.setValue(input.time());
        duration.setValue(input.durationMinutes());
        format.setValue(input.online());
        location.setValue(nonNull(input.location()));
        meetingUrl.setValue(nonNull(input.meetingUrl()));
        capacity.setValue(input.capacity());
        Set<AccountId> chosen = Set.copyOf(input.instructorIds());
        instructors.setValue(
                instructorAccounts.stream().filter(a -> chosen.contains(a.id())).collect(Collectors.toSet()));
        followUpFirst.setValue(input.followUpFirst());
        followUpSecond.setValue(input.followUpSecond());
        showFormatFields();
        showWarnings();
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    private void showFormatFields() {
        boolean online = Boolean.TRUE.equals(format.getValue());
        location.setVisible(!online);
        meetingUrl.setVisible(online);
    }

    /** Warns (but lets them save) when the pair lacks one of the two kinds the course guide asks for. */
    private void showWarnings() {
        warnings.removeAll();
        Set<InstructorKind> kinds =
                instructors.getValue().stream().flatMap(a -> a.kind().stream()).collect(Collectors.toSet());
        if (!instructors.getValue().isEmpty()) {
            if (!kinds.contains(InstructorKind.PRACTICE_CONSULTANT)) {
                warnings.add(warning("run.warning.noPracticeConsultant"));
            }
            if (!kinds.contains(InstructorKind.JOBCENTER)) {
                warnings.add(warning("run.warning.noJobcenter"));
            }
        }
    }

    private Paragraph warning(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("warning-box");
        return p;
    }

    private RunInput value() {
        boolean online = Boolean.TRUE.equals(format.getValue());
        return new RunInput(
                name.getValue(),
                municipality.getValue(),
                date.getValue(),
                time.getValue(),
                duration.getValue(),
                online,
                location.getValue(),
                meetingUrl.getValue(),
                capacity.getValue(),
                instructors.getValue().stream().map(AccountSummary::id).toList(),
                followUpFirst.getValue(),
                followUpSecond.getValue());
    }

    private void save() {
        fields().values().forEach(f -> f.setInvalid(false));
        try {
            CourseRunId saved;
            if (runId == null) {
                saved = service.create(value());
            } else {
                saved = runId;
                loadedVersion = service.update(runId, value(), loadedVersion).version();
            }
            Notification n = Notification.show(getTranslation("run.saved"));
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(RunPaths.run(saved)));
        } catch (RunValidationException e) {
            showErrors(e.fieldErrors());
        } catch (RunRefusedException e) {
            Notification n = Notification.show(getTranslation(e.messageKey()), 10_000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("municipality", municipality);
        map.put("date", date);
        map.put("time", time);
        map.put("durationMinutes", duration);
        map.put("location", location);
        map.put("meetingUrl", meetingUrl);
        map.put("capacity", capacity);
        map.put("instructors", instructors);
        map.put("followUpFirst", followUpFirst);
        map.put("followUpSecond", followUpSecond);
        return map;
    }

    private void showErrors(Map<String, String> errors) {
        boolean focused = false;
        for (var entry : fields().entrySet()) {
            String key = errors.get(entry.getKey());
            if (key != null) {
                entry.getValue().setErrorMessage(getTranslation(key));
                entry.getValue().setInvalid(true);
                if (!focused && entry.getValue() instanceof Focusable<?> f) {
                    f.focus();
                    focused = true;
                }
            }
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }
}
