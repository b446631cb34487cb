package dk.attestkursus.courserun.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.AttentionItems;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;

/**
 * On the instructor's "this week": a coming run of theirs without a co-instructor of the other kind
 * (the course guide has a practice consultant and a jobcentre representative teach together).
 */
@org.springframework.stereotype.Component
@Order(10)
class RunAttention implements AttentionItems {

    private final CourseRunService runs;
    private final AccountService accounts;
    private final AppI18NProvider i18n;
    private final Clock clock;

    RunAttention(CourseRunService runs, AccountService accounts, AppI18NProvider i18n, Clock clock) {
        this.runs = runs;
        this.accounts = accounts;
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
            if (!run.endsAt().isAfter(now) || run.cancelled()) {
                continue;
            }
            Set<InstructorKind> kinds = EnumSet.noneOf(InstructorKind.class);
            kinds.addAll(accounts.instructorKinds(run.instructorIds()).values());
            for (InstructorKind kind : InstructorKind.values()) {
                if (!kinds.contains(kind)) {
                    Anchor item = new Anchor(
                            RunPaths.run(run.id()),
                            ui.getTranslation(
                                    "thisWeek.missingKind." + kind.name(),
                                    run.name(),
                                    Formats.date(run.startsAt(), ui.getLocale(), i18n)));
                    item.addClassName("this-week-missing-kind");
                    items.add(item);
                }
            }
        }
        return items;
    }
}
