package dk.attestkursus.requests.ui;

import dk.attestkursus.requests.Exercises;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.requests.ExerciseService;
import dk.attestkursus.requests.MyRequest;
import dk.attestkursus.requests.RequestFields;
import dk.attestkursus.requests.RequestRefusedException;
import dk.attestkursus.requests.RequestStateException;
import dk.attestkursus.requests.RequestStatus;
import dk.attestkursus.requests.ReviewService;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writing a request for an exercise: the case, the structured form, guidance while writing, and
 * the versions with their feedback. The draft saves itself after a pause in typing and when
 * leaving the page; text with a CPR number is refused at its field and never stored.
 */
@Route(value = ExerciseListView.PATH + "/:exercise", layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
class RequestEditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final CourseContent content;
    private final ExerciseService exercises;
    private final ReviewService reviews;
    private final CourseRunService runs;
    private final AccountService accounts;
    private final AppI18NProvider i18n;
    private final Paragraph saved = new Paragraph();
    private final Paragraph state = new Paragraph();
    private final Div history = new Div();
    private final Paragraph noRun = new Paragraph();
    private @Nullable RequestForm form;
    private @Nullable GuidancePanel guidance;
    private @Nullable Button submit;
    private String exerciseId = "";
    private String title = "";
    private long version = -1;
    private boolean dirty;
    /** Save attempts so far, on the status line as data-saves (a reader of the page sees when a save happened). */
    private int attempts;
    private boolean editable;

    RequestEditorView(CourseContent content, ExerciseService exercises, ReviewService reviews, CourseRunService runs,
            AccountService accounts, AppI18NProvider i18n) {
        this.content = content;
        this.exercises = exercises;
        this.reviews = reviews;
        this.runs = runs;
        this.accounts = accounts;
        this.i18n = i18n;
        addClassName("page");
    }

    static String path(String exerciseId) {
        return dk.attestkursus.requests.RequestPaths.exercise(exerciseId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Course course = content.course();
        Writing.Exercise exercise = course.writing().exercise(event.getRouteParameters().get("exercise").orElse(""))
                .orElseThrow(NotFoundException::new);
        exerciseId = exercise.id();
        title = Exercises.title(course, exercise);
        removeAll();
        Div situation = new Div();
        Exercises.caseOf(course, exercise).ifPresent(formCase -> {
            Details details = new Details(getTranslation("requests.case"),
                    new Html("<div class=\"lesson-body\">" + formCase.situationHtml() + "</div>"));
            details.setOpened(true);
            situation.add(details);
        });
        Paragraph task = new Paragraph(exercise.task());
        task.setId("request-task");
        saved.setId("request-saved");
        saved.addClassName("meta");
        saved.getElement().setAttribute("aria-live", "polite");
        state.setId("request-state");
        add(new Anchor(ExerciseListView.PATH, getTranslation("requests.back")), new H1(title), situation, task, state);

        form = new RequestForm(course.forms(), this::changed);
        guidance = new GuidancePanel(course);
        submit = new Button(getTranslation("requests.submit"), e -> submit());
        submit.setId("request-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        noRun.setText(getTranslation("requests.noRun"));
        noRun.setId("request-no-run");
        noRun.addClassName("meta");
        Div writing = new Div(form, saved, submit, noRun);
        writing.addClassName("request-writing");
        Div columns = new Div(writing, guidance);
        columns.addClassName("request-columns");
        history.setId("request-history");
        add(columns, history);
        load(exercises.myRequest(exerciseId));
    }

    private void load(MyRequest request) {
        RequestForm f = form();
        version = request.version();
        editable = request.editable();
        f.fill(request.fields());
        f.setFormReadOnly(!editable);
        dirty = false;
        state.setText(getTranslation("requests.status." + request.status().name().toLowerCase(java.util.Locale.ROOT)));
        state.getElement().setAttribute("data-status", request.status().name());
        state.setClassName("status " + (request.status() == RequestStatus.RETURNED ? "badge-warning" : "badge-ok"));
        saved.setText(request.savedAt() == null ? getTranslation("requests.notSaved")
                : getTranslation("requests.saved", Formats.time(request.savedAt(), getLocale(), i18n)));
        Button s = submit;
        if (s != null) {
            boolean inRun = runs.myCurrentRun().isPresent();
            s.setVisible(editable);
            s.setEnabled(inRun);
            noRun.setVisible(editable && !inRun);
        }
        if (guidance != null) {
            guidance.show(exercises.guidance(exerciseId, request.fields()));
        }
        showHistory(request);
    }

    private void showHistory(MyRequest request) {
        history.removeAll();
        if (request.versions().isEmpty()) {
            return;
        }
        history.add(new H2(getTranslation("requests.versions")));
        Writing.Rubric rubric = content.course().writing().rubric();
        List<MyRequest.VersionSummary> versions = request.versions();
        for (int i = versions.size() - 1; i >= 0; i--) {
            MyRequest.VersionSummary v = versions.get(i);
            Div card = new Div();
            card.addClassNames("card", "version-card");
            card.setId("version-" + v.number());
            card.add(new H3(getTranslation("requests.version", v.number(),
                    Formats.dateTime(v.submittedAt(), getLocale(), i18n))),
                    new Paragraph(getTranslation("requests.status." + v.status().name().toLowerCase(java.util.Locale.ROOT))));
            reviews.myFeedback(v.id()).ifPresent(review -> card.add(new FeedbackPanel(review, rubric,
                    accounts.displayNames(review.returnedBy() == null ? List.of() : List.of(review.returnedBy())))));
            card.add(pdfLink(v));
            if (i > 0) {
                card.add(compare(versions.get(i - 1).fields(), v.fields(), v.number()));
            }
            history.add(card);
        }
    }

    /** The version (with its feedback, once returned) as a PDF, made when the link is followed. */
    private Anchor pdfLink(MyRequest.VersionSummary version) {
        java.util.Locale locale = getLocale();
        Course course = content.course();
        Writing.Exercise exercise = course.writing().exercise(exerciseId).orElseThrow();
        Anchor link = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
            dk.attestkursus.requests.Review review = reviews.myFeedback(version.id()).orElse(null);
            String reviewer = review == null || review.returnedBy() == null ? null
                    : accounts.displayNames(List.of(review.returnedBy())).get(review.returnedBy());
            byte[] pdf = dk.attestkursus.requests.RequestPdf.render(title, exercise.task(), version.fields(), review,
                    course.writing().rubric(), reviewer, (key, params) -> i18n.getTranslation(key, locale, params));
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(pdf),
                    "anmodning-" + exerciseId + "-v" + version.number() + ".pdf", "application/pdf", pdf.length);
        }), getTranslation("requests.pdf"));
        link.setId("pdf-" + version.number());
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** What changed since the version before: each changed field (questions by number), before and after. */
    private Details compare(RequestFields before, RequestFields after, int number) {
        Div changes = new Div();
        changes.addClassName("version-compare");
        java.util.Map<String, String> was = keyed(before);
        java.util.Map<String, String> is = keyed(after);
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(is.keySet());
        keys.addAll(was.keySet());
        for (String key : keys) {
            String old = was.getOrDefault(key, "");
            String now = is.getOrDefault(key, "");
            if (!old.equals(now)) {
                Div row = new Div(new H3(key), new Paragraph(getTranslation("requests.compare.before", old)),
                        new Paragraph(getTranslation("requests.compare.after", now)));
                row.addClassName("compare-row");
                changes.add(row);
            }
        }
        if (changes.getComponentCount() == 0) {
            changes.add(new Paragraph(getTranslation("requests.compare.same")));
        }
        Details details = new Details(getTranslation("requests.compare", number - 1), changes);
        details.setId("compare-" + number);
        return details;
    }

    /** Each part of a request under its label, questions as "Spørgsmål n", consent with yes or no. */
    private java.util.Map<String, String> keyed(RequestFields fields) {
        java.util.Map<String, String> keyed = new java.util.LinkedHashMap<>();
        keyed.put(getTranslation("requests.anchor.form"), fields.form());
        keyed.put(getTranslation("requests.anchor.purpose"), fields.purpose());
        keyed.put(getTranslation("requests.anchor.background"), fields.background());
        for (int i = 0; i < fields.questions().size(); i++) {
            keyed.put(getTranslation("requests.field.question", i + 1), fields.questions().get(i));
        }
        String consent = fields.consentGiven() == null ? "" : getTranslation(fields.consentGiven()
                ? "requests.consent.yes" : "requests.consent.no");
        keyed.put(getTranslation("requests.anchor.consent"), (consent + " " + fields.consentFor()).strip());
        keyed.put(getTranslation("requests.anchor.enclosures"), fields.enclosures());
        return keyed;
    }

    private void changed() {
        if (!editable) {
            return;
        }
        dirty = true;
        save();
    }

    /** Saves the draft; a refused text stays on the screen, marked, and is not stored. */
    private boolean save() {
        RequestForm f = form();
        saved.getElement().setAttribute("data-saves", String.valueOf(++attempts));
        try {
            MyRequest result = exercises.save(exerciseId, f.value(), version);
            version = result.version();
            dirty = false;
            f.showProblems(List.of());
            saved.setText(getTranslation("requests.saved", Formats.time(result.savedAt(), getLocale(), i18n)));
            if (guidance != null) {
                guidance.show(exercises.guidance(exerciseId, result.fields()));
            }
            return true;
        } catch (RequestRefusedException refused) {
            f.showProblems(refused.problems());
            saved.setText(getTranslation("requests.notSavedProblems"));
            return false;
        } catch (RequestStateException stale) {
            saved.setText(getTranslation(stale.messageKey()));
            Notification.show(getTranslation(stale.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return false;
        }
    }

    private void submit() {
        RequestForm f = form();
        CourseRunSummary run = runs.myCurrentRun().orElse(null);
        if (run == null) {
            Notification.show(getTranslation("requests.error.not_in_run"), 6000, Notification.Position.MIDDLE);
            return;
        }
        try {
            MyRequest result = exercises.submit(exerciseId, run.id(), f.value(), version);
            load(result);
            Notification.show(getTranslation("requests.submitted"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RequestRefusedException refused) {
            f.showProblems(refused.problems());
            saved.setText(getTranslation("requests.notSubmitted"));
        } catch (RequestStateException stale) {
            Notification.show(getTranslation(stale.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editable && dirty && !save()) {
            // The text could not be saved (e.g. it holds a CPR number): ask before it is lost.
            BeforeLeaveEvent.ContinueNavigationAction go = event.postpone();
            Notification notice = new Notification();
            notice.setDuration(0);
            notice.setPosition(Notification.Position.MIDDLE);
            Button leave = new Button(getTranslation("requests.leaveAnyway"), e -> {
                notice.close();
                dirty = false;
                go.proceed();
            });
            leave.setId("request-leave-anyway");
            Button stay = new Button(getTranslation("requests.stay"), e -> notice.close());
            stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            notice.add(new Div(new Paragraph(getTranslation("requests.unsavedLeave")), stay, leave));
            notice.open();
            stay.focus(); // keyboard and screen-reader users land on the question, not behind it
        }
    }

    private RequestForm form() {
        if (form == null) {
            throw new IllegalStateException("not entered yet");
        }
        return form;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
