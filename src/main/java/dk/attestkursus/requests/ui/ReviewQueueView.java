package dk.attestkursus.requests.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.requests.Exercises;
import dk.attestkursus.requests.QueueItem;
import dk.attestkursus.requests.RequestPaths;
import dk.attestkursus.requests.RequestStatus;
import dk.attestkursus.requests.ReviewService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The review queue of a run: requests waiting, in review and returned, with a filter. */
@Route(value = RequestPaths.REVIEWS, layout = MainLayout.class)
@RolesAllowed(AppRoles.INSTRUCTOR)
@Menu(title = "nav.reviews", order = 2.5, icon = "vaadin:comment-ellipsis")
class ReviewQueueView extends Div implements HasDynamicTitle {

    private final ReviewService reviews;
    private final AccountService accounts;
    private final AppI18NProvider i18n;
    private final Course course;
    private final Div list = new Div();
    private final Select<RequestStatus> filter = new Select<>();
    private @Nullable CourseRunSummary run;

    ReviewQueueView(
            ReviewService reviews,
            CourseRunService runs,
            AccountService accounts,
            CourseContent content,
            AppI18NProvider i18n,
            Clock clock) {
        this.reviews = reviews;
        this.accounts = accounts;
        this.i18n = i18n;
        this.course = content.course();
        addClassName("page");
        Paragraph intro = new Paragraph(getTranslation("reviews.intro"));
        intro.addClassName("lead");
        intro.setId("reviews-intro");
        add(new H1(getTranslation("reviews.title")), intro);
        List<CourseRunSummary> mine = runs.myRunsAsInstructor();
        if (mine.isEmpty()) {
            add(Cards.emptyState(getTranslation("instructor.home.noRuns")));
            return;
        }
        run = mine.stream()
                .filter(r -> r.endsAt().isAfter(clock.instant()))
                .findFirst()
                .orElse(mine.getLast());
        Div controls = new Div();
        controls.addClassName("filters");
        if (mine.size() > 1) {
            Select<CourseRunSummary> choose = new Select<>();
            choose.setId("reviews-run");
            choose.setLabel(getTranslation("polls.run"));
            choose.setItems(mine);
            choose.setItemLabelGenerator(r -> r.name() + " – " + Formats.dateTime(r.startsAt(), getLocale(), i18n));
            choose.setValue(run);
            choose.addValueChangeListener(e -> {
                run = e.getValue();
                refresh();
            });
            controls.add(choose);
        }
        filter.setId("reviews-filter");
        filter.setLabel(getTranslation("reviews.filter"));
        // The empty selection is "all".
        filter.setItems(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW, RequestStatus.RETURNED);
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("reviews.filter.all"));
        filter.setItemLabelGenerator(s -> s == null
                ? getTranslation("reviews.filter.all")
                : getTranslation("requests.status." + s.name().toLowerCase(Locale.ROOT)));
        filter.addValueChangeListener(e -> refresh());
        controls.add(filter);
        list.setId("review-queue");
        list.addClassName("card-list");
        add(controls, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        CourseRunSummary selected = run;
        if (selected == null) {
            return;
        }
        List<QueueItem> queue = reviews.queue(selected.id());
        RequestStatus wanted = filter.getValue();
        List<QueueItem> shown = queue.stream()
                .filter(q -> wanted == null || q.status() == wanted)
                .toList();
        long waiting = queue.stream()
                .filter(q -> q.status() == RequestStatus.SUBMITTED)
                .count();
        Paragraph count = new Paragraph(getTranslation("reviews.waiting", waiting));
        count.setId("reviews-waiting");
        list.add(count);
        if (shown.isEmpty()) {
            list.add(Cards.emptyState(getTranslation("reviews.empty")));
            return;
        }
        Map<AccountId, String> names = accounts.displayNames(shown.stream()
                .flatMap(q -> Stream.of(q.author(), q.lastReviewer()))
                .filter(Objects::nonNull)
                .toList());
        for (QueueItem item : shown) {
            Div card = new Div();
            card.addClassNames("card", "queue-card");
            long version = item.versionId().value();
            card.getElement().setAttribute("data-version", String.valueOf(version));
            String exercise = Exercises.title(course, item.exerciseId());
            Span status = new Span(
                    getTranslation("requests.status." + item.status().name().toLowerCase(Locale.ROOT)));
            status.addClassNames("status", item.status() == RequestStatus.SUBMITTED ? "badge-warning" : "badge-ok");
            card.add(
                    new H2(getTranslation("reviews.item", names.getOrDefault(item.author(), "?"), exercise)),
                    status,
                    new Paragraph(getTranslation(
                            "reviews.meta", item.number(), Formats.dateTime(item.submittedAt(), getLocale(), i18n))));
            if (item.lastReviewer() != null) {
                Paragraph who =
                        new Paragraph(getTranslation("reviews.lastBy", names.getOrDefault(item.lastReviewer(), "?")));
                who.addClassName("meta");
                card.add(who);
            }
            Anchor open = new Anchor(ReviewView.path(item.versionId()), getTranslation("reviews.open"));
            open.addClassName("primary-link");
            open.setId("review-" + version);
            card.add(open);
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.title");
    }
}
