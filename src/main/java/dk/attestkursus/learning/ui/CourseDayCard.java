package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.SessionCardLink;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.courserun.AttendedRun;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The course day on the caseworker's start page: the next session (date, place or meeting link, the
 * two instructors) and, once they attended one, that run. On the session's day it is the first card:
 * it says the day has come or the session is running, and leads to checking in and following along.
 */
@org.springframework.stereotype.Component
@Order(20)
class CourseDayCard implements StartPageCard {

    private final CourseRunService runs;
    private final AccountService accounts;
    private final AppI18NProvider i18n;
    private final Clock clock;
    private final List<SessionCardLink> links;

    CourseDayCard(
            CourseRunService runs,
            AccountService accounts,
            AppI18NProvider i18n,
            Clock clock,
            List<SessionCardLink> links) {
        this.runs = runs;
        this.accounts = accounts;
        this.i18n = i18n;
        this.clock = clock;
        this.links = links;
    }

    /** Only the caseworker's page, which asks by phase. */
    @Override
    public Optional<Component> card(Role role) {
        return Optional.empty();
    }

    @Override
    public List<Ranked> cards(CoursePhase phase) {
        UI ui = UI.getCurrent();
        Instant now = clock.instant();
        Optional<CourseRunSummary> next = runs.myNextRun();
        Optional<AttendedRun> attended = runs.myLastAttendance();
        Div card = Cards.card(ui.getTranslation(title(phase, next, now)));
        card.setId("session-card");
        card.addClassName("session-card");
        // A run cancelled while they had a place in it (issue 23): said first, with the reason.
        Optional<CourseRunSummary> cancelled = runs.myCancelledRun();
        cancelled.ifPresent(run -> cancelled(ui, card, run));
        if (next.isPresent()) {
            CourseRunSummary run = next.get();
            if (phase == CoursePhase.SESSION_TODAY || phase == CoursePhase.SESSION_LIVE) {
                boolean checkedIn =
                        attended.filter(a -> a.run().id().equals(run.id())).isPresent();
                today(ui, card, run, phase, now, checkedIn);
            }
            boolean both = attended.isPresent() && !attended.get().run().id().equals(run.id());
            if (both) {
                card.add(new H3(ui.getTranslation("course.home.nextRun")));
            }
            details(ui, card, run, phase == CoursePhase.SESSION_LIVE);
            if (phase == CoursePhase.ENROLLED) {
                card.add(new Paragraph(ui.getTranslation("course.home.prepLater")));
            }
            if (both) {
                card.add(new H3(ui.getTranslation("course.home.attendedRun")));
                attended(ui, card, attended.get().run());
            }
        } else if (attended.isPresent()) {
            attended(ui, card, attended.get().run());
        } else if (phase.afterSession()) {
            runs.myCurrentRun().ifPresent(run -> notAttended(ui, card, run, now));
        } else if (cancelled.isEmpty()) {
            card.add(Cards.emptyState(ui.getTranslation("course.home.noSession")));
        }
        if (cancelled.isPresent() && next.isEmpty()) {
            return List.of(Ranked.now(card));
        }
        return List.of(
                switch (phase) {
                    case SESSION_TODAY, SESSION_LIVE -> Ranked.now(card);
                    case NOT_ENROLLED, ENROLLED, PREPARING -> Ranked.todo(card);
                    case AFTER_SESSION, FOLLOW_UP_1_DUE, FOLLOW_UP_2_DUE, DONE -> Ranked.later(card);
                });
    }

    private static String title(CoursePhase phase, Optional<CourseRunSummary> next, Instant now) {
        return switch (phase) {
            case SESSION_TODAY -> "course.home.sessionToday";
            case SESSION_LIVE ->
                next.filter(run -> now.isBefore(run.startsAt())).isPresent()
                        ? "course.home.sessionSoon"
                        : "course.home.sessionRunning";
            default -> "course.home.session";
        };
    }

    /** The session's day: check in (from when it opens), the meeting link and following along once live. */
    private void today(UI ui, Div card, CourseRunSummary run, CoursePhase phase, Instant now, boolean checkedIn) {
        Instant checkInOpens = run.startsAt().minus(EnrolmentService.CHECK_IN_OPENS);
        if (phase == CoursePhase.SESSION_LIVE) {
            Paragraph running = new Paragraph(ui.getTranslation(
                    now.isBefore(run.startsAt()) ? "course.home.sessionSoonText" : "course.home.sessionRunningText",
                    Formats.time(run.startsAt(), ui.getLocale(), i18n),
                    Formats.time(run.endsAt(), ui.getLocale(), i18n)));
            running.setId("session-status");
            card.add(running);
            run.meetingLink().filter(url -> run.online()).ifPresent(url -> {
                Anchor meeting = new Anchor(url, ui.getTranslation("course.home.meetingLink"));
                meeting.setId("meeting-link");
                meeting.addClassName("primary-link");
                meeting.setTarget("_blank");
                card.add(meeting);
            });
            links.forEach(link -> card.add(link.link(run.online())));
        } else {
            Paragraph today = new Paragraph(ui.getTranslation(
                    "course.home.sessionTodayText", Formats.time(run.startsAt(), ui.getLocale(), i18n)));
            today.setId("session-status");
            card.add(today);
        }
        if (checkedIn) {
            Paragraph done = new Paragraph(ui.getTranslation("course.home.checkedIn"));
            done.setId("checked-in");
            card.add(done);
        } else if (now.isBefore(checkInOpens)) {
            card.add(new Paragraph(
                    ui.getTranslation("course.home.checkInFrom", Formats.time(checkInOpens, ui.getLocale(), i18n))));
        } else {
            Anchor checkIn = new Anchor(RunPaths.CHECK_IN, ui.getTranslation("course.home.checkIn"));
            checkIn.setId("check-in-link");
            checkIn.addClassName(phase == CoursePhase.SESSION_LIVE ? "secondary-link" : "primary-link");
            card.add(checkIn);
        }
    }

    /** The run: its name, when, where (or that the meeting link comes), the instructors. */
    private void details(UI ui, Div card, CourseRunSummary run, boolean live) {
        Paragraph when = new Paragraph(Formats.dateTime(run.startsAt(), ui.getLocale(), i18n));
        when.addClassName("session-when");
        card.add(new Paragraph(run.name()), when);
        if (run.online()) {
            if (!live) {
                card.add(new Paragraph(ui.getTranslation("course.home.meetingLinkLater")));
            }
        } else {
            run.place().ifPresent(place -> card.add(new Paragraph(ui.getTranslation("course.home.place", place))));
        }
        instructors(ui, card, run);
    }

    /** Their run was cancelled: which, when it was to be, why, and what happens now. */
    private void cancelled(UI ui, Div card, CourseRunSummary run) {
        Paragraph notice = new Paragraph(ui.getTranslation(
                "course.home.cancelled",
                run.name(),
                Formats.dateTime(run.startsAt(), ui.getLocale(), i18n),
                Objects.toString(run.cancelReason(), "")));
        notice.setId("cancelled-run");
        notice.addClassName("warning-box");
        card.add(notice);
    }

    /** The run they attended: when, and with whom. */
    private void attended(UI ui, Div card, CourseRunSummary run) {
        Paragraph was = new Paragraph(ui.getTranslation(
                "course.home.attended", run.name(), Formats.date(run.startsAt(), ui.getLocale(), i18n)));
        was.setId("attended-run");
        card.add(was);
        instructors(ui, card, run);
    }

    /** Their run is over and no attendance is recorded: say so, and check in while that still works. */
    private void notAttended(UI ui, Div card, CourseRunSummary run, Instant now) {
        Paragraph was = new Paragraph(ui.getTranslation(
                "course.home.notAttended", run.name(), Formats.date(run.startsAt(), ui.getLocale(), i18n)));
        was.setId("attended-run");
        card.add(was);
        instructors(ui, card, run);
        boolean sameDay = run.startsAt()
                .atZone(TimeConfig.ZONE)
                .toLocalDate()
                .equals(now.atZone(TimeConfig.ZONE).toLocalDate());
        if (sameDay) {
            Anchor checkIn = new Anchor(RunPaths.CHECK_IN, ui.getTranslation("course.home.checkIn"));
            checkIn.setId("check-in-link");
            checkIn.addClassName("secondary-link");
            card.add(checkIn);
        }
    }

    private void instructors(UI ui, Div card, CourseRunSummary run) {
        if (run.instructorIds().isEmpty()) {
            return;
        }
        var names = accounts.displayNames(run.instructorIds());
        card.add(new Paragraph(ui.getTranslation(
                "course.home.instructors",
                String.join(
                        ui.getTranslation("common.and"),
                        run.instructorIds().stream()
                                .map(id -> names.getOrDefault(id, "?"))
                                .toList()))));
    }
}
