package dk.attestkursus.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.AttentionItems;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.security.Role;
import dk.attestkursus.session.SessionPaths;
import dk.attestkursus.session.SessionService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * On the instructor's "this week" (issue 23): a coming run whose programme is longer or shorter than the
 * session, so the mismatch is put right before the day instead of found on it, with a link to the run's
 * programme.
 */
@org.springframework.stereotype.Component
@Order(20)
class SessionAttention implements AttentionItems {

    private final CourseRunService runs;
    private final SessionService sessions;
    private final AppI18NProvider i18n;
    private final Clock clock;

    SessionAttention(CourseRunService runs, SessionService sessions, AppI18NProvider i18n, Clock clock) {
        this.runs = runs;
        this.sessions = sessions;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public List<Component> items(Role role) {
        if (role != Role.INSTRUCTOR) {
            return List.of();
        }
        UI ui = UI.getCurrent();
        Instant now = clock.instant();
        List<Component> items = new ArrayList<>();
        for (CourseRunSummary run : runs.myRunsAsInstructor()) {
            if (!run.startsAt().isAfter(now) || run.cancelled()) {
                continue;
            }
            int programme = sessions.programmeMinutes(run.id());
            int difference = programme - run.durationMinutes();
            if (difference != 0) {
                Anchor item = new Anchor(
                        SessionPaths.programme(run.id()),
                        ui.getTranslation(
                                difference > 0 ? "thisWeek.programmeLonger" : "thisWeek.programmeShorter",
                                run.name(),
                                Formats.date(run.startsAt(), ui.getLocale(), i18n),
                                Math.abs(difference),
                                run.durationMinutes()));
                item.addClassName("this-week-programme");
                items.add(item);
            }
        }
        return items;
    }
}
