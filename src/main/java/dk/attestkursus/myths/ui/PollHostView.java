package dk.attestkursus.myths.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Myth;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.myths.AnswerCounts;
import dk.attestkursus.myths.LivePollException;
import dk.attestkursus.myths.LivePollService;
import dk.attestkursus.myths.LivePollSnapshot;
import dk.attestkursus.myths.MythPaths;
import dk.attestkursus.myths.MythService;
import dk.attestkursus.myths.PollCounts;
import dk.attestkursus.myths.PollId;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The instructors' myth polls for a run: open a myth as a live poll, watch the votes come in
 * beside what the group guessed before the session (under the group rule, decision 016), reveal
 * the answer on every participant's device, close and move to the next. Both co-instructors can
 * have it open; each sees the other's steps at once (server push). The live poll itself is the
 * {@link LivePollPanel} the facilitator view shows too.
 */
@Route(value = MythPaths.POLL_HOST, layout = MainLayout.class)
@RolesAllowed(AppRoles.INSTRUCTOR)
@Menu(title = "nav.polls", order = 2, icon = "vaadin:lightbulb")
class PollHostView extends Div implements HasDynamicTitle {

    private final LivePollService polls;
    private final MythService myths;
    private final LivePolls livePolls;
    private final Course course;
    private final Div panelSlot = new Div();
    private final Div mythList = new Div();
    private @Nullable CourseRunSummary run;
    private @Nullable LivePollPanel panel;

    PollHostView(
            LivePollService polls,
            MythService myths,
            LivePolls livePolls,
            CourseRunService runs,
            CourseContent content,
            AppI18NProvider i18n,
            Clock clock) {
        this.polls = polls;
        this.myths = myths;
        this.livePolls = livePolls;
        this.course = content.course();
        addClassName("page");
        add(new H1(getTranslation("polls.title")));
        Paragraph intro = new Paragraph(getTranslation("polls.intro"));
        intro.addClassName("lead");
        intro.setId("polls-intro");
        add(intro);
        List<CourseRunSummary> mine = runs.myRunsAsInstructor();
        if (mine.isEmpty()) {
            add(Cards.emptyState(getTranslation("instructor.home.noRuns")));
            return;
        }
        CourseRunSummary next = mine.stream()
                .filter(r -> r.endsAt().isAfter(clock.instant()))
                .findFirst()
                .orElse(mine.getLast());
        if (mine.size() > 1) {
            Select<CourseRunSummary> choose = new Select<>();
            choose.setId("poll-run");
            choose.setLabel(getTranslation("polls.run"));
            choose.setItems(mine);
            choose.setItemLabelGenerator(r -> r.name() + " – " + Formats.dateTime(r.startsAt(), getLocale(), i18n));
            choose.setValue(next);
            choose.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    show(e.getValue());
                }
            });
            add(choose);
        }
        mythList.setId("poll-myths");
        mythList.addClassName("card-list");
        add(panelSlot, new H2(getTranslation("polls.myths")), mythList);
        show(next);
    }

    /** The run's live poll (the panel follows it by push) and its myths to open. */
    private void show(CourseRunSummary selected) {
        run = selected;
        LivePollPanel next = livePolls.forInstructors(selected.id(), LivePollPanel.Mode.HOST);
        // Whenever the poll opens, changes state or closes, the myths' buttons and lines follow.
        next.addLiveListener(live -> renderMyths());
        panel = next;
        panelSlot.removeAll();
        panelSlot.add(next);
    }

    private void renderMyths() {
        mythList.removeAll();
        CourseRunSummary selected = run;
        LivePollPanel shown = panel;
        if (selected == null || shown == null) {
            return;
        }
        Map<String, AnswerCounts> before;
        Map<String, List<LivePollSnapshot>> history;
        try {
            before = myths.beforeSession(selected.id());
            history = polls.history(selected.id()).stream().collect(Collectors.groupingBy(LivePollSnapshot::mythId));
        } catch (LivePollException | AccessDeniedException refused) {
            return; // withdrawn from the run: the panel says so
        }
        LivePollSnapshot live = shown.live().orElse(null);
        int number = 1;
        for (Myth myth : course.myths()) {
            Div card = new Div();
            card.addClassNames("card", "myth-card");
            card.setId("poll-myth-" + myth.id());
            H3 heading = new H3(getTranslation("myths.number", number++));
            heading.addClassName("card-kicker");
            Paragraph statement = new Paragraph(myth.statement());
            statement.addClassName("myth-statement");
            card.add(heading, statement, MythReveal.verdict(this, myth));
            Paragraph guessed = new Paragraph(
                    CountBars.beforeLine(this, before.getOrDefault(myth.id(), AnswerCounts.of(0, PollCounts.NONE))));
            guessed.setId("before-line-" + myth.id());
            card.add(guessed);
            List<LivePollSnapshot> done = history.getOrDefault(myth.id(), List.of());
            Paragraph status = new Paragraph(
                    done.isEmpty()
                            ? getTranslation("polls.notRun")
                            : done.getLast().answers().answeredShown()
                                    ? getTranslation(
                                            "polls.ran",
                                            done.getLast().answers().answered())
                                    : getTranslation("polls.ranWithheld"));
            status.addClassName("meta");
            card.add(status, note(myth));
            if (live == null || !live.mythId().equals(myth.id())) {
                PollId expected = live == null ? null : live.pollId();
                Button open = new Button(getTranslation(live == null ? "polls.open" : "polls.openNext"), e -> {
                    try {
                        shown.accept(polls.open(selected.id(), myth.id(), expected));
                    } catch (LivePollException refused) {
                        Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_WARNING);
                        shown.refresh();
                    }
                });
                open.setId("open-poll-" + myth.id());
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                card.add(open);
            }
            mythList.add(card);
        }
    }

    private Details note(Myth myth) {
        Div body = new Div(
                new Paragraph(getTranslation("polls.lead." + MythReveal.key(myth.lead()))),
                new Paragraph(myth.instructorNote()));
        Details details = new Details(getTranslation("polls.note"), body);
        details.addClassName("instructor-note");
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("polls.title");
    }
}
