package dk.attestkursus.runmails.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.base.ui.ComponentTexts;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.runmails.MailPlanService;
import dk.attestkursus.runmails.MailPreview;
import dk.attestkursus.runmails.NudgeService;
import dk.attestkursus.runmails.PlannedMail;
import dk.attestkursus.runmails.PrepOverview;
import dk.attestkursus.runmails.RunMailPaths;
import dk.attestkursus.runmails.RunMailRefusedException;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.transfer.TransferPaths;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A run's mails for its instructors: how far the participants are with the preparation, who lacks
 * something and a reminder to exactly them ({@link NudgeCard}), when each mail goes (movable until it has
 * gone), a preview of each as its first recipient gets it, and which went out.
 */
@Route(value = RunMailPaths.RUN_MAILS, layout = MainLayout.class)
@RolesAllowed({AppRoles.INSTRUCTOR, AppRoles.ADMIN})
class MailPlanView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final MailPlanService service;
    private final NudgeService nudges;
    private final AppI18NProvider i18n;
    private final Div list = new Div();
    private @Nullable CourseRunId runId;

    MailPlanView(MailPlanService service, NudgeService nudges, AppI18NProvider i18n) {
        this.service = service;
        this.nudges = nudges;
        this.i18n = i18n;
        addClassName("page");
        list.setId("mail-plan");
        list.addClassName("card-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        runId = new CourseRunId(event.getRouteParameters().getLong("runId").orElseThrow(NotFoundException::new));
        removeAll();
        PrepOverview prep;
        try {
            prep = service.prep(runId);
        } catch (RunRefusedException e) {
            throw new NotFoundException();
        }
        Anchor back = new Anchor(RunPaths.run(runId), getTranslation("transfer.backToRun"));
        back.setId("back-to-run");
        Paragraph prepLine = new Paragraph(getTranslation(
                "transfer.mails.prep",
                prep.participants(),
                prep.selfAssessment(),
                prep.mythGuesses(),
                prep.baselineRequest(),
                prep.allDone()));
        prepLine.setId("mail-plan-prep");
        Anchor summary = new Anchor(TransferPaths.selfAssessments(runId), getTranslation("transfer.summary.title"));
        summary.addClassName("secondary-link");
        add(
                back,
                new H1(getTranslation("transfer.mails.title")),
                new Paragraph(getTranslation("transfer.mails.help")),
                prepLine,
                summary,
                new NudgeCard(nudges, i18n, runId),
                list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        CourseRunId run = Objects.requireNonNull(runId);
        for (PlannedMail mail : service.plan(run)) {
            list.add(card(run, mail));
        }
    }

    private Div card(CourseRunId run, PlannedMail planned) {
        String key = planned.mail().key();
        Div card = new Div();
        card.addClassNames("card", "mail-card");
        card.getElement().setAttribute("data-mail", key);
        card.add(new H2(getTranslation("transfer.mail.kind." + key)));
        Paragraph state = new Paragraph();
        state.addClassName("meta");
        state.setId("mail-state-" + key);
        if (planned.skipped()) {
            state.setText(getTranslation("transfer.mails.skipped"));
        } else if (planned.queued()) {
            PlannedMail.Delivery d = planned.delivery();
            state.setText(getTranslation(
                            "transfer.mails.queued",
                            Formats.dateTime(planned.queuedAt(), getLocale(), i18n),
                            planned.recipients())
                    + " "
                    + getTranslation("transfer.mails.delivery", d.sent(), d.waiting(), d.failed(), d.cancelled()));
        } else {
            state.setText(getTranslation(
                    planned.moved() ? "transfer.mails.movedTo" : "transfer.mails.planned",
                    Formats.dateTime(planned.sendAt(), getLocale(), i18n),
                    planned.recipients(),
                    Formats.dateTime(planned.defaultSendAt(), getLocale(), i18n)));
        }
        card.add(state);
        if (!planned.queued()) {
            card.add(mover(run, planned, state));
        }
        Div preview = new Div();
        preview.setVisible(false);
        preview.setId("mail-preview-" + key);
        Button show = new Button(getTranslation("transfer.mails.preview"));
        show.setId("mail-preview-button-" + key);
        show.getElement().setAttribute("aria-expanded", "false");
        show.addClickListener(e -> {
            boolean open = !preview.isVisible();
            if (open) {
                fill(preview, service.preview(run, planned.mail()));
            }
            preview.setVisible(open);
            show.getElement().setAttribute("aria-expanded", String.valueOf(open));
            show.setText(getTranslation(open ? "transfer.mails.hidePreview" : "transfer.mails.preview"));
        });
        card.add(show, preview);
        return card;
    }

    private HorizontalLayout mover(CourseRunId run, PlannedMail planned, Paragraph state) {
        String key = planned.mail().key();
        ZonedDateTime at = planned.sendAt().atZone(TimeConfig.ZONE);
        DatePicker date = ComponentTexts.of(new DatePicker(getTranslation("transfer.mails.date"), at.toLocalDate()));
        date.setId("mail-date-" + key);
        date.setLocale(Locale.forLanguageTag("da-DK"));
        TimePicker time = ComponentTexts.of(new TimePicker(getTranslation("transfer.mails.time"), at.toLocalTime()));
        time.setId("mail-time-" + key);
        time.setLocale(Locale.forLanguageTag("da-DK"));
        Button move = new Button(getTranslation("transfer.mails.move"));
        move.setId("mail-move-" + key);
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickListener(e -> {
            date.setInvalid(false);
            if (date.getValue() == null || time.getValue() == null) {
                date.setErrorMessage(getTranslation("transfer.error.required"));
                date.setInvalid(true);
                date.focus();
                return;
            }
            try {
                service.move(
                        run,
                        planned.mail(),
                        date.getValue()
                                .atTime(time.getValue())
                                .atZone(TimeConfig.ZONE)
                                .toInstant());
                refresh();
            } catch (RunMailRefusedException ex) {
                state.setText(getTranslation(ex.messageKey()));
                state.addClassName("error-box");
            }
        });
        HorizontalLayout row = new HorizontalLayout(date, time, move);
        row.setWrap(true);
        row.addClassName("action-row");
        return row;
    }

    private void fill(Div preview, MailPreview mail) {
        preview.removeAll();
        preview.addClassName("mail-preview");
        H3 subject = new H3(mail.subject());
        subject.setId("mail-preview-subject-" + mail.mail().key());
        preview.add(
                new Paragraph(getTranslation("transfer.mails.subject")),
                subject,
                new Html("<div class=\"lesson-body\">" + mail.html() + "</div>"));
        if (mail.calendarInvite()) {
            preview.add(new Paragraph(getTranslation("transfer.mails.invite")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.mails.title");
    }
}
