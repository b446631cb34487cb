package dk.attestkursus.requests.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import dk.attestkursus.base.ui.DraftKeeper;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.SaveRetry;
import dk.attestkursus.base.ui.UnsavedTextOffer;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.requests.ExerciseService;
import dk.attestkursus.requests.Exercises;
import dk.attestkursus.requests.MyRequest;
import dk.attestkursus.requests.RequestFields;
import dk.attestkursus.requests.RequestPaths;
import dk.attestkursus.requests.RequestRefusedException;
import dk.attestkursus.requests.RequestRules;
import dk.attestkursus.requests.RequestStateException;
import dk.attestkursus.requests.RequestStatus;
import dk.attestkursus.requests.ReviewService;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Writing a request for an exercise: the case, the structured form, guidance while writing, and
 * the versions with their feedback. The draft saves itself after a pause in typing and when
 * leaving the page; text with a CPR number is refused at its field and never stored. A save that
 * fails for any other reason than a conflict says so, keeps the text and tries again; text typed
 * while the server cannot be reached is kept in the browser and offered back
 * ({@code docs/decisions/014-unsaved-text-in-the-browser.md}).
 */
@Route(value = RequestPaths.EXERCISE, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
class RequestEditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(RequestEditorView.class);

    private final CourseContent content;
    private final ExerciseService exercises;
    private final ReviewService reviews;
    private final CourseRunService runs;
    private final AccountService accounts;
    private final AppI18NProvider i18n;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final Paragraph saved = new Paragraph();
    private final UnsavedTextOffer unsavedOffer = new UnsavedTextOffer("request-unsaved");
    private final SaveRetry retry = new SaveRetry();
    private final Paragraph state = new Paragraph();
    private final VersionHistory history;
    private final Paragraph noRun = new Paragraph();
    private @Nullable RequestForm form;
    private @Nullable GuidancePanel guidance;
    private @Nullable Button submit;
    private String exerciseId = "";
    private String title = "";
    private long version = -1;
    /** What the server holds now (the last version loaded or saved). */
    private RequestFields stored = RequestFields.EMPTY;

    private boolean dirty;
    /** Save attempts so far, on the status line as data-saves (a reader of the page sees when a save happened). */
    private int attempts;

    private boolean editable;

    RequestEditorView(
            CourseContent content,
            ExerciseService exercises,
            ReviewService reviews,
            CourseRunService runs,
            AccountService accounts,
            CurrentUser currentUser,
            AppI18NProvider i18n,
            Clock clock) {
        this.content = content;
        this.exercises = exercises;
        this.reviews = reviews;
        this.runs = runs;
        this.accounts = accounts;
        this.i18n = i18n;
        this.clock = clock;
        this.currentUser = currentUser;
        this.history = new VersionHistory(content, reviews, accounts, i18n);
        addClassName("page");
    }

    static String path(String exerciseId) {
        return RequestPaths.exercise(exerciseId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Course course = content.course();
        Writing.Exercise exercise = course.writing()
                .exercise(event.getRouteParameters().get("exercise").orElse(""))
                .orElseThrow(NotFoundException::new);
        exerciseId = exercise.id();
        title = Exercises.title(course, exercise);
        removeAll();
        Div situation = new Div();
        Exercises.caseOf(course, exercise).ifPresent(formCase -> {
            Details details = new Details(
                    getTranslation("requests.case"),
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
        add(new Anchor(RequestPaths.EXERCISES, getTranslation("requests.back")), new H1(title), situation, task, state);

        form = new RequestForm(course.forms(), exercise.isOwnCase(), this::changed);
        guidance = new GuidancePanel(course);
        submit = new Button(getTranslation("requests.submit"), e -> submit());
        submit.setId("request-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        noRun.setText(getTranslation("requests.noRun"));
        noRun.setId("request-no-run");
        noRun.addClassName("meta");
        Div writing = new Div(unsavedOffer, form, saved, submit, noRun);
        writing.addClassName("request-writing");
        Div columns = new Div(writing, guidance);
        columns.addClassName("request-columns");
        add(columns, history);
        load(exercises.myRequest(exerciseId));
    }

    private void load(MyRequest request) {
        RequestForm f = form();
        version = request.version();
        stored = request.fields();
        editable = request.editable();
        f.fill(request.fields());
        f.setFormReadOnly(!editable);
        dirty = false;
        state.setText(
                getTranslation("requests.status." + request.status().name().toLowerCase(Locale.ROOT)));
        state.getElement().setAttribute("data-status", request.status().name());
        state.setClassName("status " + (request.status() == RequestStatus.RETURNED ? "badge-warning" : "badge-ok"));
        if (editable) {
            DraftKeeper.attach(this, f, saved, keptKey(), RequestForm.texts(request.fields()));
        }
        DraftKeeper.status(
                saved,
                DraftKeeper.State.SAVED,
                request.savedAt() == null
                        ? getTranslation("requests.notSaved")
                        : getTranslation("requests.saved", Formats.time(request.savedAt(), getLocale(), i18n)),
                RequestForm.texts(request.fields()),
                RequestForm.texts(request.fields()));
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
        history.show(request, title, exerciseId);
    }

    private void changed() {
        if (!editable) {
            return;
        }
        dirty = true;
        save();
    }

    /**
     * Saves the draft; a refused text stays on the screen, marked, and is not stored. A save that
     * fails for another reason (the database, the network to it) keeps the text and is tried again.
     */
    private boolean save() {
        RequestForm f = form();
        saved.getElement().setAttribute("data-saves", String.valueOf(++attempts));
        RequestFields typed = f.value();
        try {
            saved(f, exercises.save(exerciseId, typed, version), typed);
            return true;
        } catch (RequestRefusedException refused) {
            refused(f, refused, typed);
            return false;
        } catch (RequestStateException stale) {
            retry.stop();
            refusedStatus(stale.messageKey(), typed);
            Notification.show(getTranslation(stale.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return false;
        } catch (DataAccessException | TransactionException failed) {
            failed(failed, typed);
            return false;
        }
    }

    private void saved(RequestForm f, MyRequest result, RequestFields typed) {
        version = result.version();
        stored = result.fields();
        dirty = false;
        retry.stop();
        f.showProblems(List.of());
        saved.getElement().setAttribute("data-state", "saved");
        DraftKeeper.status(
                saved,
                DraftKeeper.State.SAVED,
                getTranslation("requests.saved", Formats.time(result.savedAt(), getLocale(), i18n)),
                RequestForm.texts(result.fields()),
                RequestForm.texts(typed));
        if (guidance != null) {
            guidance.show(exercises.guidance(exerciseId, result.fields()));
        }
    }

    /** A refused text stays on the screen, marked; with only CPR numbers refused, the rest is saved. */
    private void refused(RequestForm f, RequestRefusedException refused, RequestFields typed) {
        retry.stop();
        f.showProblems(refused.problems());
        if (refused.problems().stream().allMatch(p -> p.kind() == RequestRefusedException.Kind.CPR)) {
            saveAllBut(typed, refused.problems());
        } else {
            refusedStatus("requests.notSavedProblems", typed);
        }
        // The advice keeps up with the text on the screen, saved or not.
        if (guidance != null) {
            guidance.show(exercises.guidance(exerciseId, typed));
        }
    }

    /** The database or the network to it failed: the text stays, marked, and the save is tried again. */
    private void failed(RuntimeException failed, RequestFields typed) {
        LOG.error(
                "Could not save the draft of exercise {}; the text stays on the screen, retry in {}",
                exerciseId,
                retry.next(),
                failed);
        saved.getElement().setAttribute("data-state", "failed");
        DraftKeeper.status(
                saved,
                DraftKeeper.State.FAILED,
                getTranslation(
                        "requests.saveFailed",
                        Formats.time(clock.instant(), getLocale(), i18n),
                        retry.next().toSeconds()),
                null,
                RequestForm.texts(typed));
        retry.schedule(() -> {
            if (dirty && editable) {
                save();
            } else {
                retry.stop();
            }
        });
    }

    /**
     * Text with a CPR number is never stored, but the other fields need not wait for it: they are saved
     * with the refused parts as stored. The refused text stays on this page only (decision 014).
     */
    private void saveAllBut(RequestFields typed, List<RequestRefusedException.Problem> problems) {
        RequestFields rest = RequestRules.withoutRefused(typed, problems, stored);
        String when = "";
        try {
            if (!RequestRules.clean(rest).equals(RequestRules.clean(stored))) {
                MyRequest result = exercises.save(exerciseId, rest, version);
                version = result.version();
                stored = result.fields();
                when = Formats.time(result.savedAt(), getLocale(), i18n);
            }
        } catch (RuntimeException notEvenTheRest) {
            LOG.info(
                    "The rest of the draft of exercise {} was not saved either: {}",
                    exerciseId,
                    notEvenTheRest.getClass().getSimpleName());
        }
        saved.getElement().setAttribute("data-state", "refused");
        DraftKeeper.status(
                saved,
                DraftKeeper.State.REFUSED,
                when.isEmpty()
                        ? getTranslation("requests.cprKeptOnPage")
                        : getTranslation("requests.savedButCpr", when),
                RequestForm.texts(stored),
                RequestForm.texts(typed));
    }

    private void refusedStatus(String key, RequestFields typed) {
        saved.getElement().setAttribute("data-state", "refused");
        DraftKeeper.status(saved, DraftKeeper.State.REFUSED, getTranslation(key), null, RequestForm.texts(typed));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        retry.stop();
        super.onDetach(detachEvent);
    }

    /** Where the browser keeps this caseworker's unsaved text of this exercise. */
    private String keptKey() {
        return "attestkursus.draft." + currentUser.require().id().value() + ".requests." + exerciseId;
    }

    /**
     * The browser holds text of this form that the server does not have (typed while the server was
     * away, or before the session ended): offer it back, to use or to throw away.
     */
    @ClientCallable
    void unsavedTextFound(String json) {
        if (!editable) {
            return;
        }
        DraftKeeper.parse(json)
                .ifPresent(kept -> unsavedOffer.offer(
                        Formats.dateTime(Instant.ofEpochMilli(kept.typedAt()), getLocale(), i18n),
                        kept.fields(),
                        texts -> {
                            RequestForm f = form();
                            f.fill(f.withTexts(texts));
                            dirty = true;
                            save();
                        },
                        () -> DraftKeeper.discard(saved)));
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
            dirty = false;
            retry.stop();
            load(result);
            Notification.show(getTranslation("requests.submitted"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RequestRefusedException refused) {
            f.showProblems(refused.problems());
            saved.setText(getTranslation("requests.notSubmitted"));
        } catch (RequestStateException stale) {
            Notification.show(getTranslation(stale.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (DataAccessException | TransactionException failed) {
            LOG.error("Could not submit the request of exercise {}; the text stays on the screen", exerciseId, failed);
            Notification.show(getTranslation("requests.submitFailed"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
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
