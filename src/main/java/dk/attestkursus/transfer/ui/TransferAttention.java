package dk.attestkursus.transfer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.AttentionItems;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.courserun.TeamRun;
import dk.attestkursus.security.Role;
import dk.attestkursus.transfer.Checkpoint;
import dk.attestkursus.transfer.FollowUpDates;
import dk.attestkursus.transfer.PrepService;
import dk.attestkursus.transfer.PrepStatus;
import dk.attestkursus.transfer.SelfAssessmentService;
import dk.attestkursus.transfer.SelfAssessmentSummary;
import dk.attestkursus.transfer.TransferPaths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * On the instructors' and leaders' "this week" (the coming and the past seven days). Instructors: a
 * session of theirs within the week for which fewer than half of the participants have prepared, and a
 * follow-up that opened this week with how many answered (to read on the run's self-assessment page).
 * Leaders: their team's session this week, and a follow-up of a team run that opened this week (a
 * moment to talk with their staff about the action plans).
 */
@org.springframework.stereotype.Component
@Order(20)
class TransferAttention implements AttentionItems {

    /** "This week": from seven days back to seven days ahead. */
    static final Duration WEEK = Duration.ofDays(7);

    private final CourseRunService runs;
    private final PrepService prep;
    private final SelfAssessmentService selfAssessments;
    private final FollowUpDates followUps;
    private final AppI18NProvider i18n;
    private final Clock clock;

    TransferAttention(
            CourseRunService runs,
            PrepService prep,
            SelfAssessmentService selfAssessments,
            FollowUpDates followUps,
            AppI18NProvider i18n,
            Clock clock) {
        this.runs = runs;
        this.prep = prep;
        this.selfAssessments = selfAssessments;
        this.followUps = followUps;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public List<Component> items(Role role) {
        return switch (role) {
            case INSTRUCTOR -> instructor();
            case LEADER -> leader();
            default -> List.of();
        };
    }

    private List<Component> instructor() {
        UI ui = UI.getCurrent();
        Instant now = clock.instant();
        List<Component> items = new ArrayList<>();
        for (CourseRunSummary run : runs.myRunsAsInstructor()) {
            if (run.startsAt().isAfter(now) && !run.startsAt().isAfter(now.plus(WEEK)) && run.participantCount() > 0) {
                Collection<PrepStatus> statuses = prep.ofRun(run.id()).values();
                long done = statuses.stream().filter(PrepStatus::done).count();
                if (done * 2 < statuses.size()) {
                    Anchor item = new Anchor(
                            RunPaths.run(run.id()),
                            ui.getTranslation(
                                    "thisWeek.prepLow", run.name(), date(ui, run.startsAt()), done, statuses.size()));
                    item.addClassName("this-week-prep");
                    items.add(item);
                }
            }
            for (Checkpoint c : Checkpoint.values()) {
                Instant opens = followUps.opens(c, run);
                if (openedThisWeek(opens, now)) {
                    SelfAssessmentSummary answers = selfAssessments.summary(run.id(), c.phase());
                    Anchor item = new Anchor(
                            TransferPaths.selfAssessments(run.id()),
                            ui.getTranslation(
                                    "thisWeek.followUpAnswers",
                                    c.number(),
                                    run.name(),
                                    date(ui, opens),
                                    answers.answered(),
                                    answers.participants()));
                    item.addClassName("this-week-follow-up");
                    items.add(item);
                }
            }
        }
        return items;
    }

    private List<Component> leader() {
        UI ui = UI.getCurrent();
        Instant now = clock.instant();
        List<Component> items = new ArrayList<>();
        for (TeamRun team : runs.myTeamRuns()) {
            CourseRunSummary run = team.run();
            if (run.startsAt().isAfter(now) && !run.startsAt().isAfter(now.plus(WEEK))) {
                Span item = new Span(ui.getTranslation(
                        "thisWeek.teamSession", team.teamMembersEnrolled(), run.name(), date(ui, run.startsAt())));
                item.addClassName("this-week-session");
                items.add(item);
            }
            for (Checkpoint c : Checkpoint.values()) {
                Instant opens = followUps.opens(c, run);
                if (openedThisWeek(opens, now)) {
                    Span item = new Span(
                            ui.getTranslation("thisWeek.teamFollowUp", c.number(), run.name(), date(ui, opens)));
                    item.addClassName("this-week-follow-up");
                    items.add(item);
                }
            }
        }
        return items;
    }

    private static boolean openedThisWeek(Instant opens, Instant now) {
        return !opens.isAfter(now) && opens.isAfter(now.minus(WEEK));
    }

    private String date(UI ui, Instant at) {
        return Formats.date(at, ui.getLocale(), i18n);
    }
}
